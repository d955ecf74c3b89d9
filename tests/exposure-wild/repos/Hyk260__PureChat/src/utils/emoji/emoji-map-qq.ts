export const emojiUrl = "https://www.emojiall.com/img/platform/qq/"
export const emojiMap = {
export const emojiName = [
export default {
