'use client'
import { useState } from 'react'
import { useRouter } from 'next/navigation'
export default function AdoptPage() {
