import http from "@/utils/request";
import constant from "@/utils/constant";
export function voiceSynthesis(data: {
export function voiceRecognition(data: {
export function compressImage(data: {
export function splitImage(data: {
export function uploadToPicUI(data: { file: File, album: string }): Promise<unknown> {
export function getPicUIAlbums(): Promise<unknown> {
export function getPicUIAlbum(name: string): Promise<unknown> {
export function deletePicUIImage(data: { imageId: string }): Promise<unknown> {
export async function getRandomImageFromAlbum(albumName: string = "背景图"): Promise<string> {
export function createPayOrder(data: {
export function queryPayOrder(data: { orderNo: string }): Promise<unknown> {
export function closePayOrder(data: { orderNo: string }): Promise<unknown> {
export function getPayBalance(): Promise<unknown> {
export function payNotify(data: unknown): Promise<string> {
export function sendMail(data: {
