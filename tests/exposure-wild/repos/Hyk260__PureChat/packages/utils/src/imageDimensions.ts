export const getImageDimensions = async (
export function getImageSize(imageUrl: string): Promise<{ width: number; height: number }> {
export const calculateImageStyle = ({ width, height }: { width: number; height: number }) => {
export interface ImageInfo {
export interface ImageInputData {
export const updateImageSize = async (imageInput: ImageInputData, index: number = 0): Promise<ImageInputData> => {
