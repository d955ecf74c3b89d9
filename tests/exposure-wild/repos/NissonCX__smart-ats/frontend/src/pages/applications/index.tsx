import { useCallback, useEffect, useState } from 'react';
import {
} from 'antd';
import {
} from '@ant-design/icons';
import { motion } from 'framer-motion';
import { applicationApi } from '../../api';
import type { ApplicationResponse, ApplicationStatus, ApplicationQueryParams, MatchScoreResponse } from '../../types';
import PageTransition from '../../components/PageTransition';
import { staggerContainer, staggerItem } from '../../components/motionVariants';
export default function ApplicationsPage() {
