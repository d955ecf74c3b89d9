import pointsService from './pointsService';
export interface CheckinRecord {
export interface CheckinStatus {
export default service;
