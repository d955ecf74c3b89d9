const e="__ZAI_KEY_13__";export{e as k};
