import { create } from 'zustand';
import type { BookDNA, AdMaterial, Platform, LLMProvider, CopyType, MaterialType } from './claude';
export type TaskStatus = 'idle' | 'analyzing' | 'generating_assets' | 'done' | 'error';
export type GenerationMode = 'image' | 'copy' | 'video' | 'music' | null;
export interface ImageAsset {
export interface VideoAsset {
  provider: 'zhipu' | 'minimax' | 'doubao';
export interface MusicAsset {
export const useStore = create<AppState>((set) => ({
