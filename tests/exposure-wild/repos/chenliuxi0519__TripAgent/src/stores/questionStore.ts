import { create } from "zustand"
export type QuestionStatus = "pending" | "active" | "answered"
export interface Question {
export interface QuestionContext {
export const useQuestionStore = create<QuestionState>((set, get) => ({
