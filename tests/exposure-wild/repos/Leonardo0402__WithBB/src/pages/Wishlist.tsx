import { useEffect, useState } from 'react';
import { motion } from 'framer-motion';
import { Check, Gift, Heart, MapPin, Plus, Sparkles, X } from 'lucide-react';
export default function Wishlist() {
