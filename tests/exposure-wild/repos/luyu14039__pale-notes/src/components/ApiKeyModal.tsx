import { useState, useEffect } from 'react';
import { useUIStore } from '@/stores/ui';
import { deepseekChat } from '@/api/deepseek';
export function ApiKeyModal() {
