import "server-only";
import { readFileSync } from "fs";
import { join } from "path";
export function loadKnowledgeBase(): string {
export function getRelevantKnowledge(sector: string | null): string {
