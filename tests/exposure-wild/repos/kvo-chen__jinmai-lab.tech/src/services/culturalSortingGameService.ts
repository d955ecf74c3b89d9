export interface SortItem {
export interface SortQuestion {
export interface SortLevel {
export interface SortGameProgress {
export default culturalSortingGameService;
