import { HISTORY_BADGE_CAP } from '../lib/constants';
import { useTheme } from '../context/ThemeContext';
import { ModelDropdown } from './ModelDropdown';
export function Header({
