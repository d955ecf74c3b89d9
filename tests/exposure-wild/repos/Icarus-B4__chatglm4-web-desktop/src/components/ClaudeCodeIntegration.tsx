import React, { useState, useEffect } from 'react';
import { useDevServer } from './DevServerManager';
import { CodeArtifact } from '../types/chat';
import { extractCodeArtifactsFromClaude } from '../services/claudeCodeService';
import { Play, Server, ExternalLink } from 'lucide-react';
import { CodePreview } from './CodePreview'; // Importiere die Code-Vorschau
export const ClaudeCodeIntegration: React.FC<ClaudeCodeIntegrationProps> = ({ 
export default ClaudeCodeIntegration;
