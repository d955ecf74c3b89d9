export interface CreatorLevel {
export interface Achievement {
export interface CreatorLevelInfo {
export interface PointsRecord {
export interface PointsSourceStats {
export interface ConsumptionRecord {
export default service;
