import { useState } from "react"
import useSettingsStore, { DEFAULT_SETTINGS } from "../stores/settingsStore"
import { testZhipuApiKey } from "../api/zhipu"
import { Settings, Key, Save, RotateCcw, CheckCircle2, XCircle, Loader2, Database, Mic, Info } from "lucide-react"
export default function SettingsPage() {
    if (!localSettings.zhipuApiKey) {
    const ok = await testZhipuApiKey(localSettings.zhipuApiKey)
              value={localSettings.zhipuApiKey}
              onChange={e => setLocalSettings(s => ({ ...s, zhipuApiKey: e.target.value }))}
            value={localSettings.zhipuApiUrl}
            onChange={e => setLocalSettings(s => ({ ...s, zhipuApiUrl: e.target.value }))}
            value={localSettings.zhipuModel}
            onChange={e => setLocalSettings(s => ({ ...s, zhipuModel: e.target.value }))}
