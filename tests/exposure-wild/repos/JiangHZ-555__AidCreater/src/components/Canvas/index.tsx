import React, { useCallback, useRef, useState } from 'react';
import {
} from '@xyflow/react';
import { Button, Space, message } from 'antd';
import {
} from '@ant-design/icons';
import '@xyflow/react/dist/style.css';
import { useAppStore } from '../../stores';
import type { Workflow, WorkflowNode } from '../../types';
import { generateId } from '../../utils';
import InputNode from './nodes/InputNode';
import AgentNode from './nodes/AgentNode';
import OutputNode from './nodes/OutputNode';
import CustomEdge from './edges/CustomEdge';
import NodePanel from './NodePanel';
import PropertyPanel from './PropertyPanel';
              ? { model: 'glm-4', temperature: 0.7, maxTokens: 1024 }
export default CanvasWrapper;
