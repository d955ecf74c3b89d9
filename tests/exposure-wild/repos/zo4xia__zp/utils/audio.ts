export const encodeWAV = (samples: Float32Array, sampleRate: number): Blob => {
export const blobToBase64 = (blob: Blob): Promise<string> => {
export const getAudioContext = () => {
export const playAudio = async (base64Data: string, onEnded?: () => void): Promise<void> => {
