export { QuickAddModal } from './QuickAddModal';
export { EditIngredientModal } from './EditIngredientModal';
export { IngredientCard } from './IngredientCard';
export { VoiceInputButton } from './VoiceInputButton';
