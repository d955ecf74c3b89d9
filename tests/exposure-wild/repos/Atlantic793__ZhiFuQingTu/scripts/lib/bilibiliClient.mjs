export function sleep(ms) {
export async function getJson(url) {
export async function getText(url) {
export function extractBvid(input) {
export async function fetchVideoBundle(bvid) {
export function dedupeByMessage(rows) {
export function sampleDanmaku(xml, limit = 40) {
export async function fetchCommentCorpus(aid, cid, target = 500) {
