export interface Brand {
export const BRANDS: Brand[] = [
export default BRANDS
