/* A third-party chat widget, served from another origin (a CDN). */
(function () {
  var cfg = { endpoint: "https://open.bigmodel.cn/api/paas/v4/chat/completions", key: "KF_PLACEHOLDER_CDN_WIDGET_XXXXXXXXXXXXXXXXXXXXXXX" };
  window.ChatWidget = { config: cfg };
})();
