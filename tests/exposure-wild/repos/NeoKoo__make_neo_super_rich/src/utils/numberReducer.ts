import { ACValueConfig, quickACValue, SSQ_AC_CONFIG, DLT_AC_CONFIG } from './acValueCalculator';
import {
} from './intervalAnalyzer';
export interface NumberPool {
export interface ReductionFilter {
export interface ReductionResult {
export interface ReductionStats {
export class NumberReducer {
export function quickReduce(
