import { deepMerge, isUndefined } from '../utils'
export default (globalsConfig, config2 = {}) => {
