import { useEffect, useMemo, useState } from 'react';
import {
} from 'lucide-react';
import type { TrainingJob } from '../types/training';
import { fetchTrainingJobs } from '../services/trainingService';
import { SkeletonJobLibrary } from './Skeleton';
  zhipu: '智谱',
export default function JobLibrary() {
              <p className="text-sm text-claude-muted-soft">试试放宽筛选条件，或先运行 `npm run job:import` 导入数据</p>
