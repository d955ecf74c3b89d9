import { useState } from 'react';
import {
} from 'antd';
import {
} from '@ant-design/icons';
import { motion } from 'framer-motion';
import { candidateApi } from '../../api';
import type { SmartSearchResponse, MatchedCandidate } from '../../types';
import PageTransition from '../../components/PageTransition';
import { staggerContainer, staggerItem } from '../../components/motionVariants';
export default function SmartSearchPage() {
