import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { mapTwoAtATime, pageContext, readVisualPage } from '../../summaryJobs.js';
const PYTHON_BIN = process.env.PYTHON_BIN || (process.platform === 'win32' ? 'py' : 'python3');
export type StudyFile = { name: string; path: string; size: number; uploaded?: boolean };
export type StudyCorpusFile = {
export type StudyVisualQuestion = {
export type StudyVisualAnswer = {
export async function extractPdfPages({
export function buildPdfCorpusFiles(files: StudyFile[], pages: any[]): StudyCorpusFile[] {
export function buildTextCorpusFile(source: { name: string; text: string }): StudyCorpusFile {
export function getVisualQuestions(pages: any[]): StudyVisualQuestion[] {
export function applyVisualAnswers(pages: any[], answers: StudyVisualAnswer[]): void {
