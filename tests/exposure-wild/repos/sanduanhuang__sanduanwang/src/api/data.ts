import http from "@/utils/request";
import constant from "@/utils/constant";
import type { Forum, ForumTag, Reply } from "@/types";
import { chat, translate } from "./zhipu";
import { generateAiImage } from "./ai";
export function query(data: {
export function insert(data: {
export function update(data: {
export function deleteData(data: {
export function getAiImages(uniqueId: string): Promise<{
export async function getForumPosts(uniqueId: string='user_1779243581625437300'): Promise<Record<string, unknown>[]> {
export async function addForumPost(uniqueId: string, data:Record<string, unknown>): Promise<unknown> {
export async function updateForumPost(uniqueId: string, data:Record<string, unknown>, where: string): Promise<unknown> {
export async function addForumTag(uniqueId: string, data:ForumTag ): Promise<unknown> {
export async function getForumTags(uniqueId: string='user_1779243581625437300'): Promise<ForumTag[]> {
export async function getBackgrounds(name: string='首页'): Promise<unknown> {
export async function getAlbums(uniqueId: string='user_1779243581625437300'): Promise<unknown> {
export async function getReplies(postId: string | number, uniqueId: string='user_1779243581625437300', sort: 'asc' | 'desc' = 'desc'): Promise<unknown> {
export async function addReply(uniqueId: string, data: Record<string, unknown>): Promise<unknown> {
export async function getMessages(uniqueId: string='user_1779243581625437300', sort: 'asc' | 'desc' = 'desc'): Promise<unknown> {
export async function addMessage(uniqueId: string, data: Record<string, unknown>): Promise<unknown> {
export async function getAtList(): Promise<{ id: number; 账号: string }[]> {
export async function triggerAiAutoReply(
      model: "glm-4-flash",
export async function getUser(uniqueId: string='user_1779243581625437300'): Promise<unknown> {
export async function increaseForumView(id: number): Promise<{
