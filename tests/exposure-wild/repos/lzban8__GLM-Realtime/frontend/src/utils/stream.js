export function getUserMedia(constraints) {
export function getDisplayMedia(constraints) {
export function arrayBufferToBase64(buffer) {
export function base64ToArrayBuffer(base64) {
export function base64ToBlob(base64, mimeType) {
export function blobToBase64(blob, isKeepHeader = false) {
export function fileToArrayBuffer(file) {
export function audioBufferToPCM(audioBuffer) {
export function decompress(inputData, size) {
export function encodePCM(bytes, outputSampleBits = 16) {
export function float32ArrayToBlob(miniType, float32Array, sampleRate = 44100, channelCount = 1) {
export function mergeAudioBase64(audioBase64Array) {
export function concatFloat32Array(a, b) {
export function createWavFile(audioData, sampleRate) {
export function mergeFloat32Arrays(arrays) {
export function convertToPCM(blob) {
