import dayjs from "dayjs"
import { domToBlob, domToJpeg, domToPng, domToSvg, domToWebp } from "modern-screenshot"
import { useState } from "./useState"
export enum ImageType {
export const imageTypeOptions: ImageTypeOption[] = Object.values(ImageType)
export const useScreenshot = (options: UseScreenshotOptions = {}): ScreenshotHook => {
