export const useRecordStore = defineStore('record', () => {
  // import OSS from 'ali-oss'
  // export default defineEventHandler(async (event) => {
  //     accessKeyId: process.env.OSS_ALIYUN_ACCESS_KEY_ID,
  //     accessKeySecret: process.env.OSS_ALIYUN_ACCESS_KEY_SECRET,
