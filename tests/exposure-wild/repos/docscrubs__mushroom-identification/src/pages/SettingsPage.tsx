import { useState, useEffect } from 'react';
import { Link } from 'react-router-dom';
import { db } from '@/db/database';
import { exportUserData, importUserData, createExportBlob } from '@/db/backup';
import { useAppStore } from '@/stores/app-store';
import { saveApiKey, getApiKey, clearApiKey, getSettings, saveSettings } from '@/llm/api-key';
import { getMonthlySpend } from '@/llm/cost-tracker';
import { callLLM } from '@/llm/api-client';
export function SettingsPage() {
          Connect to z.ai for photo analysis, feature extraction, and natural language explanations.
              placeholder="Paste your z.ai API key"
            <a href="https://z.ai/manage-apikey/apikey-list" target="_blank" rel="noopener noreferrer" className="text-green-700 underline">
              z.ai API Keys
