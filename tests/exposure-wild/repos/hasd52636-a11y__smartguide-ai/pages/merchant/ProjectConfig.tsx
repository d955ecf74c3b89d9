import React, { useState, useRef, useEffect } from 'react';
import { useParams } from 'react-router-dom';
import Layout from '../../components/Layout.tsx';
import { ICONS } from '../../constants.tsx';
import { useStore } from '../../store.ts';
import { VoiceGender, LLMProvider, InstallationStep, TTSEngine } from '../../types.ts';
import { QRCodeSVG } from 'qrcode.react';
import { getVoiceList, cloneVoice, deleteVoice, textToSpeech } from '../../services/zhipuService.ts';
  const [zhipuApiKeyStatus, setZhipuApiKeyStatus] = useState<{ success: boolean; message: string } | null>(null);
      const response = await fetch('/api/proxy/zhipu/status', {
          'x-zhipu-api-key': apiKey
                        <button onClick={() => updateProject(project.id, { config: { ...project.config, provider: LLMProvider.ZHIPU } })} className={`w-full px-5 py-4 rounded-2xl border-2 text-left transition-all ${project.config.provider === LLMProvider.ZHIPU ? 'border-blue-600 bg-blue-50 shadow-sm' : 'border-gray-50'}`}>
                              value={project.config.zhipuApiKey || ''} 
                              onChange={(e) => updateProject(project.id, { config: { ...project.config, zhipuApiKey: e.target.value } })} 
                            onClick={() => testZhipuApiKey(project.config.zhipuApiKey || '')} 
                        {zhipuApiKeyStatus && (
                          <div className={`text-xs mt-1 flex items-center ${zhipuApiKeyStatus.success ? 'text-green-600' : 'text-red-600'}`}>
                            {zhipuApiKeyStatus.success ? (
                            {zhipuApiKeyStatus.message}
export default ProjectConfig;
