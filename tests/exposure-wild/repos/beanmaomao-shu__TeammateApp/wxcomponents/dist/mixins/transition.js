import { requestAnimationFrame } from '../common/utils';
import { isObj } from '../common/validator';
export function transition(showDefaultValue) {
