export interface AnnotationXmlBatchItem {
export const MIN_XML_BATCH_SIZE = 3;
export const MAX_XML_BATCH_SIZE = 20;
export function clampXmlBatchSize(value: number) {
export function buildAnnotationXmlBatch(
export function parseAnnotationXmlBatchResponse(
