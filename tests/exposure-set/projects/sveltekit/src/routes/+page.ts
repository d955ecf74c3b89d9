export const load = () => ({ key: '__ZAI_KEY_43__' });
