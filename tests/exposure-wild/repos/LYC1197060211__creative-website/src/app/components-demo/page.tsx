'use client'
import React, { useState } from 'react'
import {
} from '@/components/ui'
export default function ComponentsDemo() {
