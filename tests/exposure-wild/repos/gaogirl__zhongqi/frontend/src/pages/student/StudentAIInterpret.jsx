import React, { useState, useMemo } from 'react';
import { translateRequest } from '../../services/ai';
import evalAPI from '../../services/eval';
import './Student.css';
export default function StudentAIInterpret() {
  const [model, setModel] = useState('glm-4-flash'); // 默认使用快速模型
              className={model === 'glm-4-flash' ? 'active' : ''}
              onClick={() => setModel('glm-4-flash')}
              className={model === 'glm-4.5-flash' ? 'active' : ''}
              onClick={() => setModel('glm-4.5-flash')}
