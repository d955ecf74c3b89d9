import type { AnnotationChange, DatasetImage } from "../types";
import { getAnnotationForProfile } from "./annotations";
export type TableDraftMap = Record<number, string>;
export type TableDraftProfileMaps = Record<number, TableDraftMap>;
export type TableDraftField = "annotation" | "instruction";
export interface UnsavedTableDraftItem {
export interface UnsavedTableDraftState {
export interface TableDraftStateInput {
export function getTableDraftProfileMaps({
export function getUnsavedTableDraftState(input: TableDraftStateInput): UnsavedTableDraftState {
