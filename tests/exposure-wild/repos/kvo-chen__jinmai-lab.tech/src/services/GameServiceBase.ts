import { gameStorage } from '@/utils/gameStorage';
import { GameLevel, GameProgress } from '@/hooks/useGame';
export default GameServiceBase;
