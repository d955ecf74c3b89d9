'use client'
import { useState, useEffect, useRef } from 'react'
import { useRouter } from 'next/navigation'
import { Pet } from '@/types'
import { PET_EMOJI, PET_SOUND, MOOD_EMOJI, calcMood, getGreeting } from '@/lib/pet-prompt'
import { chatWithPet } from '@/lib/glm'
export default function PetPage() {
