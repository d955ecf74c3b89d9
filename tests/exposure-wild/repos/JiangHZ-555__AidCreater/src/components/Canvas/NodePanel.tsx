import React from 'react';
import { Card, Typography, Space } from 'antd';
import {
} from '@ant-design/icons';
export default NodePanel;
