import React, { useState, useEffect } from 'react';
import { CodeArtifact } from '../types/chat';
import { FolderTree, File, Folder, Code, FileText, Package, RefreshCw, Download, Archive } from 'lucide-react';
import { cn } from '../lib/utils';
export const ProjectManager: React.FC<ProjectManagerProps> = ({ 
    <script type="module" src="/src/main.jsx"></script>
    <script type="module" src="/src/main.js"></script>
    <script src="/src/main.js"></script>
