import { useCallback, useEffect, useState } from 'react';
import {
} from 'antd';
import {
} from '@ant-design/icons';
import { motion } from 'framer-motion';
import { jobApi } from '../../api';
import type { JobResponse, JobStatus, JobQueryParams } from '../../types';
import PageTransition from '../../components/PageTransition';
import { staggerContainer, staggerItem } from '../../components/motionVariants';
export default function JobsPage() {
