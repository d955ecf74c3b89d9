import { activityApi } from '../api/activity';
import { ElMessage } from 'element-plus';
import { getRealIpAddress } from './ipUtils';
export const logActivity = {
export default activityLogger; 
