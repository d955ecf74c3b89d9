import { useState, useEffect, useRef } from 'react'
import { motion } from 'framer-motion'
import { colors } from '../../../design-system'
import { assets } from '../../assets'
export default function GlitchError({
