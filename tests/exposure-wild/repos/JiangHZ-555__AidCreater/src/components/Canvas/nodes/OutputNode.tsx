import React, { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Card, Typography, Tag, Button } from 'antd';
import {
} from '@ant-design/icons';
import type { WorkflowNode } from '../../../types';
import { copyToClipboard, downloadFile } from '../../../utils';
export default memo(OutputNode);
