import http from "@/utils/request";
import constant from "@/utils/constant";
export function register(data: {
export function login(data: {
export function logout(data: {
export function updatePassword(data: {
export function consumeGold(data: {
export function checkAdmin(data: {
export async function sendDanmu(danmuData: {
export async function getDanmuList(page?: string, senderAccount?: string, uniqueId?: string): Promise<{
