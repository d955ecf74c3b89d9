import { useState, useEffect, useMemo, useCallback } from 'react';
import type { UsageData, Limit } from '../types/api';
import styles from './UsageDisplay.module.css';
export default function UsageDisplay({ usage, error, onConfig, onRefresh }: UsageDisplayProps) {
          <h1 className={styles['app-title']}>GLM 用量监控</h1>
