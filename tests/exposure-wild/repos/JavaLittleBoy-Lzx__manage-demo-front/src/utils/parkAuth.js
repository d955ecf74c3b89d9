export function getManagedParks() {
export function setManagedParks(parks) {
export function isAdmin() {
export function canAccessPark(parkName) {
export function filterDataByParkAuth(dataList, parkFieldName = 'parkName') {
export function getParkFilterParam() {
export function getParkFilterArray() {
export function clearParkAuth() {
export function getParkAuthTip() {
export default {
