export const STORAGE_KEYS = {
  USER_SETTINGS: 'lottery_user_settings',
  HISTORY: 'lottery_history',
  DRAW_CACHE: 'lottery_draw_cache',
  THEME: 'lottery_theme',
  LAST_SYNC: 'lottery_last_sync'
} as const;
