import { LUCKY_RED_ITEMS, LUCKY_BLUE_ITEMS } from '../../constants/luckyItems';
import { soundManager } from '../../utils/soundManager';
export function NumberBall({
