import { toast } from '@/utils/toast.js';
export function debounce(fn, delay = 300, immediate = false) {
export function throttle(fn, interval = 200, options = {}) {
export function clickLock(fn, options = {}) {
export function useDebounceFn(fn, delay = 300) {
export function useThrottleFn(fn, interval = 200) {
export default {
