import { useCallback, useEffect, useRef, useState } from 'react';
import {
} from 'antd';
import {
} from '@ant-design/icons';
import type { UploadFile } from 'antd/es/upload/interface';
import { motion } from 'framer-motion';
import { resumeApi } from '../../api';
import type { Resume, TaskStatusResponse } from '../../types';
import PageTransition from '../../components/PageTransition';
import { staggerContainer, staggerItem } from '../../components/motionVariants';
export default function ResumesPage() {
