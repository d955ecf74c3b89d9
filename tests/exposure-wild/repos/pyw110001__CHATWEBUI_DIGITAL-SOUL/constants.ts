import { Agent } from './types';
import zhangZhongjingImage from '@/assets/张仲景古风画像.png';
import taiboImage from '@/assets/泰伯古风画像.png';
import bailuImage from '@/assets/白鹿古风画像.png';
import kunpengImage from '@/assets/鲲鹏古风画像.png';
import farEasternImage from '@/assets/远东.png';
import shhqImage from '@/assets/SHHQ上海总部大楼.png';
export const INITIAL_AGENTS: Agent[] = [
