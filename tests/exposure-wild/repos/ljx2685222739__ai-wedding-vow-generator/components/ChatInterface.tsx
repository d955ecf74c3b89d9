"use client";
import { useState, useEffect, KeyboardEvent } from 'react'
import Image from 'next/image'
import { Avatar } from '@/components/ui/avatar'
import { Button } from '@/components/ui/button'
import { Textarea } from '@/components/ui/textarea'
export default function ChatInterface() {
      const response = await fetch('/api/zhipu', {
