import React, { useEffect, useState } from 'react';
import { motion, AnimatePresence } from 'framer-motion';
import { Github, Star, ExternalLink, X } from 'lucide-react';
export const StarRequestModal: React.FC = () => {
