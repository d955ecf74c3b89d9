import React, { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Card, Typography, Tag, Progress } from 'antd';
import { RobotOutlined } from '@ant-design/icons';
import type { WorkflowNode } from '../../../types';
export default memo(AgentNode);
