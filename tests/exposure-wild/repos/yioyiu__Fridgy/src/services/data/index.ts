export { dataClearService, type ClearDataResult, type ClearDataOptions } from './dataClearService';
