import errorService from '../services/errorService';
import securityService from '../services/securityService';
import { recordNetworkRequest } from '../utils/performanceMonitor';
export const registerMiddleware = (middleware: Middleware) => {
export const clearMiddlewares = () => {
export async function apiRequest<TResp, TBody = unknown>(
export const apiClient = {
export default apiClient
