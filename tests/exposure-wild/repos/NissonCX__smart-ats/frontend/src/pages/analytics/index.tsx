import { useCallback, useEffect, useMemo, useState } from 'react';
import {
} from 'antd';
import {
} from '@ant-design/icons';
import ReactECharts from 'echarts-for-react';
import { motion } from 'framer-motion';
import dayjs from 'dayjs';
import { analyticsApi, getAnalyticsSseUrl } from '../../api';
import type { RecruitmentOverviewDTO, AnalyticsQueryRequest, FunnelStageDTO } from '../../types';
import PageTransition from '../../components/PageTransition';
import { staggerContainer, staggerItem } from '../../components/motionVariants';
import { useSse } from '../../hooks/useSse';
export default function AnalyticsPage() {
