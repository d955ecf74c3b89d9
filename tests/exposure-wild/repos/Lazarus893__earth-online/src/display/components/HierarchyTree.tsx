import { useState, useCallback } from 'react'
import { motion, AnimatePresence } from 'framer-motion'
import type { DimensionKey } from '../../App'
import type { HierarchyGoal, HierarchyPlan, HierarchyTask, HierarchyAction } from '../../core/hierarchy'
import type { SelectedItem } from '../../services/hierarchyEditor'
import { colors, easing, duration } from '../../design-system'
export default function HierarchyTree({
