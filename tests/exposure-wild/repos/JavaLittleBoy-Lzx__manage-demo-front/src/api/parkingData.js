export const getEntryData = () => {
export const getExitData = () => {
export const getParkingSpaceData = () => {
export const getPaymentData = () => {
export const getTrafficFlowData = () => {
export const getAreaParkingData = () => {
export const getVipTicketData = () => {
export const generateRealTimeTrafficData = () => {
export const getParkingDurationData = () => {
export const getPaymentMethodData = () => {
export const getChannelEfficiencyData = () => {
export const getVehicleTypeData = () => {
export const getWeeklyTrendData = () => {
export const getCouponUsageData = () => {
export const mockRealTimeUpdate = () => {
export default {
