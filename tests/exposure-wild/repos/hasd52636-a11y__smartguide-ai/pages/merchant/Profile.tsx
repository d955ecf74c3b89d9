import React, { useState, useEffect } from 'react';
import Layout from '../../components/Layout.tsx';
import { useStore } from '../../store.ts';
import { ICONS } from '../../constants.tsx';
    zhipu: { status: 'checking' | 'online' | 'offline'; error?: string };
    zhipu: { status: 'checking' },
      const zhipuResponse = await fetch('/api/proxy/zhipu/status');
      const zhipuData = await zhipuResponse.json();
        zhipu: zhipuData.ok ? { status: 'online' } : { status: 'offline', error: zhipuData.error }
        zhipu: { status: 'offline', error: 'Connection failed' },
                  <span className={`px-3 py-1 rounded-full text-xs font-bold flex items-center gap-1 ${getStatusColor(apiStatus.zhipu.status)}`}>
                    {getStatusIcon(apiStatus.zhipu.status)}
                    {apiStatus.zhipu.status === 'online' ? '正常' : apiStatus.zhipu.status === 'offline' ? '异常' : '检查中'}
                {apiStatus.zhipu.status === 'offline' && apiStatus.zhipu.error && (
                  <p className="text-xs text-red-500 mt-2">错误: {apiStatus.zhipu.error}</p>
export default Profile;
