'use client';
import { useState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import Navbar from '@/components/Navbar';
import ImageUploader from '@/components/ImageUploader';
export default function PublishPage() {
