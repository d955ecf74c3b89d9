import { useState, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { seedGenera } from '@/data/seed-genera';
import { generateTrainingModules } from '@/learning/training-modules';
import type { TrainingModule, TrainingContent } from '@/types/learning';
export function TrainPage() {
