import { Router, Request, Response } from 'express';
import fs from 'node:fs/promises';
import path from 'node:path';
import { requireAuth } from '../middlewares/auth.js';
import { rateLimit } from '../middlewares/rateLimit.js';
import { canUseLocalE2EMock } from '../middlewares/security.js';
import { e2eNotionMockEnabled, e2eNotionMockPath, notionApiKey, notionApiVersion, notionParentPageId } from '../config/env.js';
import { notionExportSchema } from '../schemas/notionSchema.js';
export function normalizeNotionPageId(pageId: string): string {
export function chunkText(text: string, maxLength: number = 1900): string[] {
export function richTextObject(content: string, annotations: Record<string, any> = {}, url: string | null = null): any {
export function richText(text: string): any[] {
export function richTextFromMarkdown(text: string): any[] {
export function plainBlock(type: string, text: string): any {
export function parseMarkdownTable(lines: string[], startIndex: number): { text: string; nextIndex: number } | null {
export function markdownToNotionBlocks(markdown: string): any[] {
export function getNotionTitle(markdown: string, fallbackTitle?: string): string {
export async function notionRequest(pathname: string, options: RequestInit): Promise<any> {
  '/export',
  rateLimit({ windowMs: 60 * 60 * 1000, max: 30, name: 'notion-export' }),
          message: error instanceof Error ? error.message : 'Notion export failed.',
export default router;
