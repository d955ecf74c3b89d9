import { ref } from "vue";
export interface AtAccount {
export function useAtMention() {
