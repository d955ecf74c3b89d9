import { create } from "zustand";
import type { Chat, Message, ChatType, Provider } from "../types";
import {
} from "../lib/supabase";
import {
} from "../lib/localStorage";
export const useChatStore = create<ChatStore>((set, get) => ({
