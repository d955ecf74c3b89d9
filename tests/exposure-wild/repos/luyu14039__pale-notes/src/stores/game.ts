import { create } from 'zustand'
import { persist, createJSONStorage } from 'zustand/middleware'
import { StoryState } from '@/types/story'
export interface AspectState {
export interface ResourceState {
export interface Item {
export interface Lore {
export interface Rite {
export interface Language {
export interface Character {
export interface ChatMessage {
export interface GameTime {
export interface Fact {
export interface LocationInfo {
export interface GameState {
export const useGameStore = create<GameState>()(
