import React from 'react';
import {
} from 'antd';
import { useAppStore } from '../stores';
import { storageService } from '../services/storageService';
import { zhipuService } from '../services/zhipuService';
      const zhipuValues = values.zhipu as Record<string, unknown> | undefined;
        zhipu: {
          ...config.zhipu,
          ...(zhipuValues || {}),
            ((zhipuValues?.timeout as number) || config.zhipu.timeout / 1000) *
      zhipuService.setConfig(newConfig.zhipu);
            zhipu: {
              apiKey: config.zhipu.apiKey,
              model: config.zhipu.model,
              timeout: config.zhipu.timeout / 1000, // 转换为秒
            name={['zhipu', 'apiKey']}
            name={['zhipu', 'model']}
              <Option value="glm-4">GLM-4</Option>
              <Option value="glm-4-plus">GLM-4-Plus</Option>
              <Option value="glm-4-0520">GLM-4-0520</Option>
            name={['zhipu', 'timeout']}
export default SettingsPage;
