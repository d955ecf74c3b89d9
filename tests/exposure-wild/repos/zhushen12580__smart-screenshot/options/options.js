import { getText, updateI18nTexts } from '../utils/i18n.js';
  glm4vApiKey: null,
  elements.glm4vApiKey = document.getElementById('glm4v-api-key');
      'glm4v_api_key',
      if (data.glm4v_api_key) {
        elements.glm4vApiKey.value = data.glm4v_api_key;
  const glm4vApiKey = elements.glm4vApiKey.value.trim();
  chrome.storage.sync.get(['glm4v_api_key', 'deepseek_api_key'], function(existingData) {
    if (glm4vApiKey !== '') {
      updateData.glm4v_api_key = glm4vApiKey;
    } else if (existingData.glm4v_api_key) {
      updateData.glm4v_api_key = '';
