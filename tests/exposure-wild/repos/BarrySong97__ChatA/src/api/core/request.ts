import axios from "axios";
import type {
} from "axios";
import FormData from "form-data";
import { ApiError } from "./ApiError";
import type { ApiRequestOptions } from "./ApiRequestOptions";
import type { ApiResult } from "./ApiResult";
import { CancelablePromise } from "./CancelablePromise";
import type { OnCancel } from "./CancelablePromise";
import type { OpenAPIConfig } from "./OpenAPI";
import { message } from "antd";
export const isDefined = <T>(
export const isString = (value: any): value is string => {
export const isStringWithValue = (value: any): value is string => {
export const isBlob = (value: any): value is Blob => {
export const isFormData = (value: any): value is FormData => {
export const isSuccess = (status: number): boolean => {
export const base64 = (str: string): string => {
export const getQueryString = (params: Record<string, any>): string => {
export const getFormData = (
export const resolve = async <T>(
export const getHeaders = async (
export const getRequestBody = (options: ApiRequestOptions): any => {
export const sendRequest = async <T>(
export const getResponseHeader = (
export const getResponseBody = (response: AxiosResponse<any>): any => {
export const catchErrorCodes = (
export const request = <T>(
