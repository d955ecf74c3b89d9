'use client'
import { useState } from 'react'
export default function LandingPage() {
