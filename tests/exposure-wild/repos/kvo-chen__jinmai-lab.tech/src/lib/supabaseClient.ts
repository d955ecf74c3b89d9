import { createClient } from '@supabase/supabase-js'
    if (typeof import.meta !== 'undefined') {
      return (import.meta as any).env?.NODE_ENV === 'test' || (import.meta as any).env?.MODE === 'test';
      return (window as any).env.NODE_ENV === 'test';
      return process.env.NODE_ENV === 'test';
    if (typeof import.meta !== 'undefined') {
      return (import.meta as any).env?.[key];
      return (window as any).env[key];
      return process.env[key];
    // 优先使用import.meta.env.DEV（Vite环境）
    if (typeof import.meta !== 'undefined') {
      return (import.meta as any).env?.DEV === true || (import.meta as any).env?.MODE === 'development';
      return (window as any).env.NODE_ENV === 'development';
      return process.env.NODE_ENV === 'development';
export let supabase: ReturnType<typeof createClient> | null = null
export interface User {
export interface Post {
export async function getUsers(): Promise<User[]> {
export async function getPosts(): Promise<Post[]> {
export async function createPost(postData: Omit<Post, 'id' | 'created_at' | 'updated_at'>): Promise<Post | null> {
