import { useState } from 'react';
import { X } from 'lucide-react';
import { useTableStore } from '../store/tableStore';
export function SaveDesignDialog({ isOpen, onClose, onSaved }: SaveDesignDialogProps) {
