import fetch from 'node-fetch';
const MODEL_ID = process.env.MODEL_ID || 'doubao-seedance-1-0-pro-250528';
const API_KEY = process.env.DOUBAO_API_KEY || '';
export async function createVideoTask(options) {
    if (!process.env.DOUBAO_API_KEY && !API_KEY) {
        'Authorization': `Bearer ${process.env.DOUBAO_API_KEY || API_KEY}`
export async function createImageToVideoTask(options) {
    if (!process.env.DOUBAO_API_KEY && !API_KEY) {
        'Authorization': `Bearer ${process.env.DOUBAO_API_KEY || API_KEY}`
export async function getVideoTaskResult(taskId) {
    if (!process.env.DOUBAO_API_KEY && !API_KEY) {
        'Authorization': `Bearer ${process.env.DOUBAO_API_KEY || API_KEY}`
export { MODEL_ID, API_KEY, API_ENDPOINT };
