import React, { useState, useEffect } from 'react';
import {
} from 'antd';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import type { Node } from '@xyflow/react';
import type { WorkflowNode } from '../../types';
          <Option value="glm-4">GLM-4</Option>
          <Option value="glm-4v">GLM-4V</Option>
          <Option value="glm-3-turbo">GLM-3-Turbo</Option>
export default PropertyPanel;
