import { getCurrentLanguage, getText, getShareIntroText, getRatioGroupLabel, getRatioOptionText, updateI18nTexts } from '../utils/i18n.js';
