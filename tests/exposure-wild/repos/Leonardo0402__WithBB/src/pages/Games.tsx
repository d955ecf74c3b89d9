import { useState } from 'react';
import { motion } from 'framer-motion';
import { Bird, Gamepad2, Grid3x3, Heart, MessageCircle, Sparkles, Worm } from 'lucide-react';
import Arcade2048 from '../games/Arcade2048';
import BirdSiegeGame from '../games/BirdSiegeGame';
import MemoryMatchGame from '../games/MemoryMatchGame';
import SnakeGame from '../games/SnakeGame';
import TurtleSoupGame from '../games/TurtleSoupGame';
import type { ArcadeGameId } from '../types/games';
  { id: 'turtleSoup', title: '海龟汤', subtitle: 'GLM-4.6V 实时主持，猜到最后才算赢。', icon: MessageCircle },
export default function Games() {
