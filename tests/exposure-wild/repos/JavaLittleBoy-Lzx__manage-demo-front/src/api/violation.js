import request from '@/utils/request'
export const violationApi = {
export default violationApi 
