export const APP_CONFIG = {
  name: '彩票选号助手',
  shortName: '选号助手',
  version: '1.0.0',
  defaultSettings: {
    name: "高创杰",
    birthDate: '12-10',
    zodiacSign: '射手座',
    luckyColor: {
      primary: '#8E44AD',
      secondary: '#6C3483',
      woodPurpleColors: ['#8E44AD', '#9B59B6', '#6C3483', '#7D6608']
    },
    theme: 'dark' as const,
    notifications: true
  }
};
