import { DAYTONA_CONFIG } from '../config/daytona';
export async function testDaytonaConnection(): Promise<{success: boolean, error?: string, sandboxes?: any[], details?: string}> {
export async function createTestSandbox(): Promise<{success: boolean, sandbox?: any, error?: string}> {
export async function testDaytonaConnection(): Promise<{success: boolean, error?: string, sandboxes?: any[], details?: string}> {
export async function createTestSandbox(): Promise<{success: boolean, sandbox?: any, error?: string}> {
