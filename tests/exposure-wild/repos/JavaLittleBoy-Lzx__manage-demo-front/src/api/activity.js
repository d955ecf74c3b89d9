import request from '../utils/request';
export const activityApi = {
