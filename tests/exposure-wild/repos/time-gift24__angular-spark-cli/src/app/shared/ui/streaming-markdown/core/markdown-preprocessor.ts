import { Injectable } from '@angular/core';
export interface MarkerMatch {
export type MarkerType =
export interface MarkerRule {
export const MARKER_RULES: readonly MarkerRule[] = [
export interface IMarkerDetector {
export interface IMarkdownPreprocessor {
export class MarkdownPreprocessor implements IMarkdownPreprocessor {
