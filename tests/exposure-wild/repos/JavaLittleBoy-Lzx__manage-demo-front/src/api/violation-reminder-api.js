import request from '@/utils/request'
export const violationReminderApi = {
export const reminderUtils = {
