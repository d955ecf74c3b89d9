import { LotteryType } from '../types/lottery';
import { HistoryRecord } from '../types/history';
import { 
} from '../types/analysis';
export class AnalysisService {
