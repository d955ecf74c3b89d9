import { useState, useEffect, useCallback } from 'react'
import HotkeyRecorder from './HotkeyRecorder'
import LanguageSelector from './LanguageSelector'
export default function SettingsPage() {
            <option value="glm-4-flash">GLM-4-Flash (快速)</option>
            <option value="glm-4">GLM-4 (标准)</option>
            <option value="glm-4-plus">GLM-4-Plus (高质量)</option>
