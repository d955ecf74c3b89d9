import { quickACValue, SSQ_AC_CONFIG, DLT_AC_CONFIG } from './acValueCalculator';
import {
} from './intervalAnalyzer';
import { ReductionFilter } from './numberReducer';
export interface FilterPreset {
export interface FilterResult {
export interface FilterSummary {
export class SmartFilter {
export function quickFilter(
