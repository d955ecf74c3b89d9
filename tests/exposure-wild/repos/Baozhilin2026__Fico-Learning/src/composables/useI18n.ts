export function useI18n() {
import { ref } from 'vue'
