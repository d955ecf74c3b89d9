export type MetricType = 'works' | 'likes' | 'views' | 'comments' | 'shares' | 'followers' | 'participation';
export type TimeRange = '7d' | '30d' | '90d' | '1y' | 'all';
export type GroupBy = 'day' | 'week' | 'month' | 'year' | 'category' | 'theme' | 'user';
export interface DataPoint {
export interface DataStats {
export interface AnalyticsQueryParams {
export interface WorkPerformance {
export interface UserActivity {
export interface ThemeTrend {
export default analyticsService;
