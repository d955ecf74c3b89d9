// 历史消息计数
export const HISTORY_MESSAGE_COUNT = 15
// 多选消息最大计数
export const MULTIPLE_CHOICE_MAX = 30
// Navigator最小计数
export const MIN_MESSAGES = 6
// 请求头-内容类型
export const ContentType = {
  JSON: "application/json;charset=UTF-8",
  FORM: "application/x-www-form-urlencoded;charset=UTF-8",
  UPLOAD: "multipart/form-data",
  STREAM: "application/octet-stream;charset=UTF-8",
}
