export { AIAnalysisModal } from './AIAnalysisModal';
export { CookingAdviceModal } from './CookingAdviceModal';
export { SeasonalFruitsCard } from './SeasonalFruitsCard';