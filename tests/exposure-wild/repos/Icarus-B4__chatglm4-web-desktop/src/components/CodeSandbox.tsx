import React, { useRef, useEffect, useState } from 'react';
import { CodeArtifact } from '../types/chat';
export const CodeSandbox: React.FC<CodeSandboxProps> = ({ 
            <script>
            </script>
            <script>
            </script>
