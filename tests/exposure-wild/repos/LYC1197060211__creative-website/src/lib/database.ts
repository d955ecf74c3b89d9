import { supabase } from './supabase'
import { supabaseAdmin } from './supabaseAdmin'
import { DatabaseTables, User, Idea, Project, Template, ChatSession, ChatMessage } from '@/types/database'
export const userService = {
export const ideaService = {
export const projectService = {
export const templateService = {
export const chatService = {
