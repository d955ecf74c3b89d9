import { dashboardApi } from '../api/dashboard';
export const testDashboardApis = async () => {
export const testApiCategory = async (category) => {
export const generateTestReport = (results) => {
