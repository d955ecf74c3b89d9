import { bigModelApi } from '@/api/bigmodel'
import { ElMessage } from 'element-plus'
export const generateViolationDescription = async (violationData) => {
export const askCustomerService = async (question, context = '') => {
export const generateDataReport = async (statistics, reportType = 'daily') => {
export const checkAIStatus = async () => {
export const batchGenerateDescriptions = async (violations) => {
export const callWithRetry = async (apiCall, maxRetries = 3, delay = 1000) => {
export const safeGenerateDescription = (data) => {
