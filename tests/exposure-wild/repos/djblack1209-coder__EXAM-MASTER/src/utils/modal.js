 *   import { modal } from '@/utils/modal.js'
export const modal = {
export default modal;
