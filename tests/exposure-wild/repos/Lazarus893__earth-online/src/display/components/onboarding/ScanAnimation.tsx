import { motion } from 'framer-motion'
export default function ScanAnimation({ phase = 'scanning' }: ScanAnimationProps) {
