import React, { useState, useRef } from 'react';
import { X, Upload, FileText, Check } from 'lucide-react';
import { Button } from './Button';
import { extractCorpusFromText } from '../services/zhipuService';
import { CorpusItem } from '../types';
export const UploadModal: React.FC<UploadModalProps> = ({ isOpen, onClose, onAddItems }) => {
