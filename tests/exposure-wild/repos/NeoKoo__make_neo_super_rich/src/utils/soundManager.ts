export enum SoundEffects {
export interface SoundOptions {
export const soundManager = new SoundManager()
export const playSound = (soundName: SoundEffects, options?: SoundOptions) =>
export const setSoundEnabled = (enabled: boolean) =>
export const setSoundVolume = (volume: number) =>
export const isSoundEnabled = () =>
export const getSoundVolume = () =>
