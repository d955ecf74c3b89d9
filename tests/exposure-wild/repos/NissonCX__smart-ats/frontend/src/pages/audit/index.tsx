import { useCallback, useEffect, useState } from 'react';
import {
} from 'antd';
import {
} from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { motion } from 'framer-motion';
import dayjs from 'dayjs';
import { auditApi } from '../../api';
import type { AuditLogResponse, AuditLogQueryRequest } from '../../types';
import PageTransition from '../../components/PageTransition';
import { staggerContainer, staggerItem } from '../../components/motionVariants';
export default function AuditLogPage() {
