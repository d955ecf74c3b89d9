export const useZai = () => useState('zai', () => '__ZAI_KEY_57__')
