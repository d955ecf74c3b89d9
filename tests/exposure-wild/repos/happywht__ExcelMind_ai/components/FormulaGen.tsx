import React, { useState } from 'react';
import { Copy, Check, Sparkles, ArrowRight } from 'lucide-react';
import { generateExcelFormula } from '../services/zhipuService';
export const FormulaGen: React.FC = () => {
