import type { ChatStreamCallbacks, StreamProtocolChunk, StreamContext } from "@pure/types"
export const chatStreamable = async function* <T>(stream: AsyncIterable<T>) {
export const convertIterableToStream = <T>(stream: AsyncIterable<T>) => {
export const createSSEProtocolTransformer = (
export const createCallbacksTransformer = (cb: ChatStreamCallbacks | undefined) => {
export const parseDataUri = (dataUri: string): UriParserResult => {
export const FIRST_CHUNK_ERROR_KEY = "_isFirstChunkError"
export const createFirstErrorHandleTransformer = (errorHandler?: (errorJson: any) => any, provider?: string) => {
export const TOKEN_SPEED_CHUNK_ID = "output_speed"
export const createTokenSpeedCalculator = (
