import { CopyButton } from '../common/CopyButton';
import { NumberBall } from './NumberBall';
import { Trash2, Save, Dices } from 'lucide-react';
export function SelectedNumbers({
