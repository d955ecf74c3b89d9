  popup.id = 'zhipu-selection-popup';
  popup.className = 'zhipu-selection-popup';
  content.className = 'zhipu-popup-content';
  closeBtn.className = 'zhipu-popup-close';
  const popup = document.getElementById('zhipu-selection-popup');
  const wrappers = document.querySelectorAll('.zhipu-translation-wrapper');
  let loader = document.getElementById('zhipu-loading');
    loader.id = 'zhipu-loading';
    loader.className = 'zhipu-loading';
    loader.innerHTML = '<div class="zhipu-spinner"></div><span>翻译中...</span>';
  const loader = document.getElementById('zhipu-loading');
  error.className = 'zhipu-error';
  success.className = 'zhipu-success';
  const existing = document.getElementById('zhipu-api-guide');
  guide.id = 'zhipu-api-guide';
  guide.className = 'zhipu-api-guide';
    <div class="zhipu-guide-overlay"></div>
    <div class="zhipu-guide-content">
      <input type="password" id="zhipu-api-input" placeholder="请输入API Key">
      <a href="https://open.bigmodel.cn/" target="_blank" class="zhipu-guide-link">获取API Key →</a>
      <button id="zhipu-guide-submit">保存并开始使用</button>
  const guide = document.getElementById('zhipu-api-guide');
