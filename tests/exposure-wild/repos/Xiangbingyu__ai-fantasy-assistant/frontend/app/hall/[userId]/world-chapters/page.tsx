'use client';
import { useState } from 'react';
import { useParams, useRouter } from 'next/navigation';
import { CreateWorldPayload, CreateChapterPayload } from '../../../types/db';
export default function WorldChaptersPage() {
