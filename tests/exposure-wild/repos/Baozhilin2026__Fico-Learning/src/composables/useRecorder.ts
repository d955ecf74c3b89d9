import { ref, onUnmounted } from 'vue'
export function useRecorder() {
