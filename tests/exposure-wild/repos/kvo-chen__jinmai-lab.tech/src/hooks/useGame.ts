import { useState, useEffect, useCallback } from 'react';
export type GameState = 'menu' | 'playing' | 'completed';
export interface GameLevel {
export interface GameProgress {
export const useGame = <T extends GameLevel>({
export default useGame;
