const fs = require('fs');
const path = require('path');
    const envExamplePath = '.env.example';
        issues: ['Create .env.example file with proper environment variables']
    const hasGLMConfig = envContent.includes('VITE_GLM_');
    if (!hasGLMConfig) issues.push('Missing GLM configuration');
