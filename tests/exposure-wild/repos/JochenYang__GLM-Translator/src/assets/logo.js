// 导出logo图标路径
export const logoUrl = chrome.runtime.getURL("icons/icon128.png");
