'use client';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'next/navigation';
import type { Chapter, ConversationMessage, NovelRecord } from '../../../types/db';
export default function ChapterPage() {
