'use client';
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import dynamic from 'next/dynamic';
import styles from './Box.module.css';
const Box3DScene = dynamic(() => import('./Box3DScene'), { ssr: false });
export default function BoxPage() {
