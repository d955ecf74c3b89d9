import * as THREE from 'three';
export type ParticleModelType = 'heart' | 'flower' | 'saturn' | 'buddha' | 'firework' | 'baozi';
export interface ParticleModelConfig {
export class ParticleModelGenerator {
export const getCachedModel = (
export const clearModelCache = () => {
export const preloadModels = (types: ParticleModelType[] = ['heart', 'flower', 'saturn', 'buddha', 'firework', 'baozi']) => {
