export const checkConfig = (chatMode, agentConfig, modelConfig) => {
export function randomSelectInitquestion(question = [], num = 3) {
export const getCloudInstance = (function () {
export const compareVersions = (version1, version2) => {
export const commonRequest = async (options) => {
export const sleep = (timeout) => {
