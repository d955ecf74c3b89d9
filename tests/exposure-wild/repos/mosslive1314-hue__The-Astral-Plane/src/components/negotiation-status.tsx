'use client'
import { useState, useEffect } from 'react'
import { Card } from '@/components/ui/card'
import { Badge } from '@/components/ui/badge'
import { motion } from 'framer-motion'
import { Radio, Users, CheckCircle, Clock, ShieldCheck, Zap } from 'lucide-react'
export function NegotiationStatus() {
