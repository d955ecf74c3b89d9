"use client"
import { useState, useCallback, useEffect, useRef } from 'react'
import { Upload, Image as ImageIcon, Languages, Wand2, Mic, MicOff, Video, Loader2, FileText, FileType, X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Card, CardHeader, CardTitle, CardContent } from '@/components/ui/card'
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs'
import { useToast } from '@/components/ui/use-toast'
import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectTrigger, SelectValue } from '@/components/ui/select'
import { extractTextFromImage, translateText, improveText } from '@/lib/gemini'
import { getLanguageCategories, getLanguagesByCategory } from '@/lib/languages'
import { useI18n } from '@/lib/i18n/use-translations'
import { TencentASRService } from '@/lib/tencent-asr'
import {
} from "@/components/ui/tooltip"
import { translateWithDeepSeek, translateWithQwen, translateWithZhipu, translateWithHunyuan, translateWith4oMini } from '@/lib/server/translate'
import { extractTextWithQwen } from '@/lib/qwen'
import { extractTextWithGemini } from '@/lib/gemini'
import { extractVideoFrames, analyzeVideoContent, extractTextWithZhipu, extractFileContent } from '@/lib/zhipu'
import { cn } from '@/lib/utils'
import { Textarea } from '@/components/ui/textarea'
import { extractTextWithDeepseek } from '@/lib/deepseek'
import { extractPDFWithKimi } from '@/lib/kimi'
export default function Home() {
        case 'zhipu':
        case 'zhipu':
        case 'zhipu':
                    <SelectItem value="zhipu">{t('translationServices.zhipu')}</SelectItem>
                      <SelectItem value="zhipu">{t('ocrServices.zhipu')}</SelectItem>
                      <SelectItem value="zhipu">{t('translationServices.zhipu')}</SelectItem>
                    <SelectItem value="zhipu">{t('translationServices.zhipu')}</SelectItem>
                          case 'zhipu':
                    <SelectItem value="zhipu">{t('translationServices.zhipu')}</SelectItem>
                    <SelectItem value="zhipu">{t('translationServices.zhipu')}</SelectItem>
