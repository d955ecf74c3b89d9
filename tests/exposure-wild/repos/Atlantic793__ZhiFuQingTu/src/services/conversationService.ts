import { supabase } from '../lib/supabase';
import {
} from '../types/agent';
export async function listConversations(): Promise<Conversation[]> {
export async function createConversation(input: {
export async function updateConversation(
export async function deleteConversation(id: string): Promise<void> {
export async function listMessages(conversationId: string): Promise<ChatMessageRecord[]> {
export async function insertMessage(input: {
export function titleFromFirstMessage(content: string): string {
export function sameContext(
export function conversationsInContext(
export function buildGroupTitle(
