export interface RequestTask {
export interface HttpRequestConfig<T = Tasks> {
export interface HttpResponse<T = any> {
export interface HttpUploadResponse<T = any> {
export interface HttpDownloadResponse extends HttpResponse {
export interface HttpError {
export interface HttpInterceptorManager<V, E = V> {
export abstract class HttpRequestAbstract {
export default HttpRequest;
