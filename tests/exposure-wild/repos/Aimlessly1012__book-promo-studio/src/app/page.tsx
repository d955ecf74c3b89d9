'use client';
import { useCallback, useRef } from 'react';
import { useStore } from '@/lib/store';
import type { ImageAsset, VideoAsset, MusicAsset } from '@/lib/store';
import ConfigForm from './components/ConfigForm';
import KeywordPanel from './components/KeywordPanel';
import PromptPanel from './components/PromptPanel';
import AssetGallery from './components/AssetGallery';
import VideoGallery from './components/VideoGallery';
import MusicGallery from './components/MusicGallery';
import ExportButton from './components/ExportButton';
export default function Home() {
