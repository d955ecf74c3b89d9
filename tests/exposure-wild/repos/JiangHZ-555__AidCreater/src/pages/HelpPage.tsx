import React from 'react';
import { Card, Typography, Collapse, Space, Tag } from 'antd';
import {
} from '@ant-design/icons';
          <Paragraph>3. 选择合适的模型（推荐GLM-4）</Paragraph>
export default HelpPage;
