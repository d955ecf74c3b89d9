  let bar = document.getElementById('zhipu-progress-bar');
    bar.id = 'zhipu-progress-bar';
    bar.className = 'zhipu-progress-bar';
      <div class="zhipu-progress-title">翻译中</div>
      <div class="zhipu-progress-blocks" id="zhipu-blocks"></div>
      <div class="zhipu-progress-count" id="zhipu-count">0/0</div>
  const bar = document.getElementById('zhipu-progress-bar');
  const blocksEl = document.getElementById('zhipu-blocks');
  const countEl = document.getElementById('zhipu-count');
    let cls = 'zhipu-block';
  let loader = document.getElementById('zhipu-loading');
    loader.id = 'zhipu-loading';
    loader.className = 'zhipu-loading';
    loader.innerHTML = '<div class="zhipu-spinner"></div><span>翻译中...</span>';
  const loader = document.getElementById('zhipu-loading');
  const btn = document.getElementById('zhipu-guide-submit');
  const input = document.getElementById('zhipu-api-input');
  const overlay = document.querySelector('.zhipu-guide-overlay');
