import type {
} from "./types"
import { JsonRpcErrorCode } from "./types"
export function createRequest(
export function createResponse(
export function createError(
export function parseResponse(data: string): JsonRpcResponse | null {
export function isValidRequest(request: unknown): request is JsonRpcRequest {
export function isValidResponse(response: unknown): response is JsonRpcResponse {
export function getExpectedResponseId(request: JsonRpcRequest): string | number {
export function isErrorResponse(response: JsonRpcResponse): boolean {
export function isSuccessfulResponse(response: JsonRpcResponse): boolean {
export function getErrorMessage(error: JsonRpcError): string {
export function createInitializeParams(
export function createToolCallParams(
export function createResourceReadParams(uri: string) {
export function serializeRequest(request: JsonRpcRequest): string {
export function serializeResponse(response: JsonRpcResponse): string {
export function makeParseError(data: string): JsonRpcError {
export function makeInvalidRequestError(request: unknown): JsonRpcError {
export function makeMethodNotFoundError(method: string): JsonRpcError {
export function makeInvalidParamsError(params: unknown): JsonRpcError {
export function makeInternalError(message: string, data?: unknown): JsonRpcError {
export function extractResult<T = unknown>(response: JsonRpcResponse): T | null {
export function matchesRequestId(response: JsonRpcResponse, expectedId: string | number): boolean {
