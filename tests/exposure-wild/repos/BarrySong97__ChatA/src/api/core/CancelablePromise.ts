export class CancelError extends Error {
export interface OnCancel {
export class CancelablePromise<T> implements Promise<T> {
