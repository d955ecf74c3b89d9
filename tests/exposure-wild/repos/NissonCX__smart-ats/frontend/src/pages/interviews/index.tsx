import { useEffect, useState } from 'react';
import {
} from 'antd';
import {
} from '@ant-design/icons';
import { motion } from 'framer-motion';
import { interviewApi } from '../../api';
import type { InterviewResponse, InterviewStatus, InterviewType, Recommendation } from '../../types';
import PageTransition from '../../components/PageTransition';
import { staggerContainer, staggerItem } from '../../components/motionVariants';
export default function InterviewsPage() {
