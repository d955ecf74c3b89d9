import { useEffect, useState } from 'react';
import { Card, Statistic, List, Tag, Space, Typography } from 'antd';
import {
} from '@ant-design/icons';
import { motion } from 'framer-motion';
import { useNavigate } from 'react-router-dom';
import { jobApi, applicationApi, candidateApi } from '../../api';
import { useAuthStore } from '../../store/auth';
import type { JobResponse, ApplicationResponse } from '../../types';
import PageTransition from '../../components/PageTransition';
import { staggerContainer, staggerItem } from '../../components/motionVariants';
export default function DashboardPage() {
