import { useEffect, useState } from 'react';
import { motion } from 'framer-motion';
import { Calendar, Gamepad2, Image, Sparkles } from 'lucide-react';
export default function Home() {
