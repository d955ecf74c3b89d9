import request from '../utils/request';
export const dashboardApi = {
