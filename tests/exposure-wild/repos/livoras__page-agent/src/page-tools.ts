import { tool } from 'ai';
import { z } from 'zod';
import { PlaywrightClient } from 'better-playwright-mcp3';
export function createPageTools(client: PlaywrightClient, pageId: string, setExtractedData: (data: any, message: string) => void) {
