export const getRealIpAddress = async () => {
export const clearIpCache = () => {
export const getIpAddressSync = () => {
