'use client'
import { useState } from 'react'
import { TowowAPI } from '@/lib/towow-api'
export default function APITestPage() {
