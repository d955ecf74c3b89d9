export { NumberReducer } from './NumberReducer';
export { SmartFilter } from './SmartFilter';
export { ACPredictor } from './ACPredictor';
