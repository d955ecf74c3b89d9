import { useEffect, useRef, useState, useCallback } from 'react'
import { createPortal } from 'react-dom'
export default function ImagePreview({ src, images, initialIndex = 0, onClose }: ImagePreviewProps) {
