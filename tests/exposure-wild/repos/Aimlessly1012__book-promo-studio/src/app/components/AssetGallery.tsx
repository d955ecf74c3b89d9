'use client';
import { useStore } from '@/lib/store';
import type { ImageAsset } from '@/lib/store';
export default function AssetGallery({ onImageToVideo }: AssetGalleryProps) {
