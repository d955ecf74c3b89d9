export { AIService, aiService } from './ai';
export { SettingsService, settingsService } from './settings';
export { BlockService, blockService } from './block';
export { DiffService, diffService } from './diff';
