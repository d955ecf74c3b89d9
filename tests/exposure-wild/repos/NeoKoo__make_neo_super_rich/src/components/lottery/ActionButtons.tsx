import { CopyButton } from '../common/CopyButton';
import { Button } from '../common/Button';
import { Trash2, Save, Dices, Filter } from 'lucide-react';
import { NumberBall } from './NumberBall';
import { soundManager } from '../../utils/soundManager';
export function ActionButtons({
