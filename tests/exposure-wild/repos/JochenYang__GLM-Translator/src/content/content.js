    const oldIcon = document.querySelector(".glm-translator-icon");
    const oldPopup = document.querySelector("#glm-translator-container");
    translationIcon.className = "glm-translator-icon";
    const container = document.querySelector("#glm-translator-container");
  translationIcon.className = "glm-translator-icon";
  const oldPopup = document.querySelector("#glm-translator-container");
  container.id = "glm-translator-container";
  iframe.id = "glm-translator-iframe";
      const iframe = container.querySelector("#glm-translator-iframe");
      const iframe = container.querySelector("#glm-translator-iframe");
  const popup = document.querySelector("#glm-translator-container");
    let container = document.querySelector("#glm-translator-container");
    const iframe = container.querySelector("#glm-translator-iframe");
    const provider = result.selectedProvider || "glm";
      const container = document.querySelector("#glm-translator-container");
        const iframe = container.querySelector("#glm-translator-iframe");
  const styleId = "glm-translator-styles";
    .glm-translator-icon {
    .glm-translator-icon img {
    .glm-translator-popup {
    .glm-translator-original {
    .glm-translator-divider {
    .glm-translator-result {
    .glm-translator-loading {
    .glm-translator-close {
    .glm-translator-close:hover {
