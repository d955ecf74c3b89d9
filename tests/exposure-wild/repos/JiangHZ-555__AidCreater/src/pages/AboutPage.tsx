import React from 'react';
import { Card, Typography, Space, Divider, Tag, Button } from 'antd';
import {
} from '@ant-design/icons';
    '智谱AI GLM-4',
              <Text style={{ marginLeft: '8px' }}>智谱AI GLM-4.5</Text>
export default AboutPage;
