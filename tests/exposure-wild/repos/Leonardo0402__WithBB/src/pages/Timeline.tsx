import { useEffect, useState } from 'react';
import { motion } from 'framer-motion';
import { Calendar, MapPin, Plus, X } from 'lucide-react';
export default function Timeline() {
