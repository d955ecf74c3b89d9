import React, { useState, useEffect } from 'react';
import { Typography, Spin, Empty, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAppStore } from '../stores';
import { generateId } from '../utils';
import Canvas from '../components/Canvas';
import type { Workflow } from '../types';
export default WorkspacePage;
