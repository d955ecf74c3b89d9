'use client';
import { useState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import Captcha from '@/components/Captcha';
export default function LoginPage() {
