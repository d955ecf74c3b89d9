import { useState } from 'react';
import { X, Trash, Clock, Edit } from 'lucide-react';
import { useTableStore } from '../store/tableStore';
export function SavedDesignsDrawer({ isOpen, onClose }: SavedDesignsDrawerProps) {
