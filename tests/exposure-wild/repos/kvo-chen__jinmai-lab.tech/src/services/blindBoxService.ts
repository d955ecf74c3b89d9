export interface BlindBox {
export interface BlindBoxContent {
export interface BlindBoxOpeningResult {
export default new BlindBoxService();
