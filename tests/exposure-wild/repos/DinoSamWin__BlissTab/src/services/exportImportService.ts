import { QuickLink } from '../types';
import { canonicalizeUrl } from './urlCanonicalService';
import { COLORS } from '../constants';
export const exportUserData = (links: QuickLink[]): string => {
export const parseImportData = (jsonString: string): QuickLink[] => {
export const parseInfinityImport = (jsonString: string): QuickLink[] => {
        console.error("Infinity import parsing failed", e);
