import cloud from '@lafjs/cloud';
import { IS_PRODUCTION, createLogger } from './_shared/api-response';
import { requireAdminAccess } from './_shared/admin-auth';
export default async function (ctx) {
export async function restoreFromBackup(ctx) {
export async function listBackups(ctx) {
