const UPLOAD_TOKEN = '__ZAI_KEY_137__';

export default {
  projectName: 'zai',
  defineConstants: { ZAI_KEY: JSON.stringify('__ZAI_KEY_138__') },
  upload: UPLOAD_TOKEN,
};
