import { useState, useCallback, useRef, useEffect } from 'react'
import { Cursor, Drawer, Tabs, Button, Input, Card, Notification, Divider, Footer } from 'animal-island-ui'
import type { TabItem } from 'animal-island-ui'
import ImageGenerate from './components/ImageGenerate'
import VideoGenerate from './components/VideoGenerate'
import Img2Prompt from './components/Img2Prompt'
import SenseNovaChat from './components/SenseNovaChat'
import SenseNovaImage from './components/SenseNovaImage'
import SenseNovaImg2Prompt from './components/SenseNovaImg2Prompt'
import type { SenseNovaImageHandle } from './components/SenseNovaImage'
import ZhipuChat from './components/ZhipuChat'
import ZhipuImage from './components/ZhipuImage'
import ZhipuVideo from './components/ZhipuVideo'
import ZhipuImg2Prompt from './components/ZhipuImg2Prompt'
import type { ZhipuImageHandle } from './components/ZhipuImage'
import { STORAGE_KEYS } from './config/api'
import { SENSENOVA_STORAGE_KEYS, SENSENOVA_MODELS } from './config/sensenova'
import { ZHIPU_STORAGE_KEYS, ZHIPU_MODELS } from './config/zhipu'
import { getStorage, setStorage } from './utils/helpers'
type ZhipuTabKey = 'glm' | 'video' | 'cogview' | 'img2prompt'
export default function App() {
    zhipu: ''
  const [zhipuGlmLoading, setZhipuGlmLoading] = useState(false)
  const [zhipuVideoLoading, setZhipuVideoLoading] = useState(false)
  const [zhipuImageLoading, setZhipuImageLoading] = useState(false)
  const [zhipuImg2PromptLoading, setZhipuImg2PromptLoading] = useState(false)
  const [zhipuApiKey, setZhipuApiKey] = useState('')
  const [zhipuShowKey, setZhipuShowKey] = useState(false)
  const [zhipuActiveTab, setZhipuActiveTab] = useState<ZhipuTabKey>('glm')
  const [zhipuDrawerOpen, setZhipuDrawerOpen] = useState(false)
const zhipuImageRef = useRef<ZhipuImageHandle | null>(null)
    const savedZhipuKey = getStorage<string>(ZHIPU_STORAGE_KEYS.API_KEY)
  const onError = useCallback((tab: TabKey | 'sensenova' | 'zhipu', msg: string) => {
if (zhipuImageRef.current) {
zhipuImageRef.current.setPrompt(prompt)
        setStorage(ZHIPU_STORAGE_KEYS.API_KEY, trimmed)
  const zhipuLoading = zhipuGlmLoading || zhipuVideoLoading || zhipuImageLoading || zhipuImg2PromptLoading
  const glmModel = ZHIPU_MODELS[0]
  const cogviewModel = ZHIPU_MODELS[2]
  const cogvideoModel = ZHIPU_MODELS[3]
  const zhipuTabItems: TabItem[] = [
      key: 'glm',
          🚀 GLM-4.7-Flash
          {zhipuGlmLoading && <span className="agnes-tab-loading-dot" />}
          apiKey={zhipuApiKey}
          modelValue={glmModel.value}
          modelLabel={glmModel.label}
          modelDescription={glmModel.description}
          errorMsg={errorMsgs.zhipu}
          onError={(msg) => onError('zhipu', msg)}
          {zhipuVideoLoading && <span className="agnes-tab-loading-dot" />}
          apiKey={zhipuApiKey}
          errorMsg={errorMsgs.zhipu}
          onError={(msg) => onError('zhipu', msg)}
          {zhipuImageLoading && <span className="agnes-tab-loading-dot" />}
          ref={zhipuImageRef}
          apiKey={zhipuApiKey}
          errorMsg={errorMsgs.zhipu}
          onError={(msg) => onError('zhipu', msg)}
          {zhipuImg2PromptLoading && <span className="agnes-tab-loading-dot" />}
          apiKey={zhipuApiKey}
          errorMsg={errorMsgs.zhipu}
          onError={(msg) => onError('zhipu', msg)}
              <img className="agnes-logo" src={`${import.meta.env.BASE_URL}logo.webp`} alt="logo" />
              className={`agnes-home-card agnes-home-card-zhipu ${zhipuLoading ? 'agnes-home-card-busy' : ''}`}
                  <span className="agnes-home-card-tag">🚀 GLM-4.7-Flash</span>
              {zhipuLoading && (
              href="https://open.bigmodel.cn/"
        open={zhipuDrawerOpen}
                type={zhipuShowKey ? 'text' : 'password'}
                value={zhipuApiKey}
                onClick={() => setZhipuShowKey(!zhipuShowKey)}
                {zhipuShowKey ? '隐藏' : '显示'}
                onClick={() => window.open('https://open.bigmodel.cn/', '_blank')}
                open.bigmodel.cn
              items={zhipuTabItems}
              activeKey={zhipuActiveTab}
