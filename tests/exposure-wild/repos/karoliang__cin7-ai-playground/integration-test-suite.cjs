const fs = require('fs');
const path = require('path');
      // Test GLM Service Integration
      const exists = fileExists('src/services/glmService.ts');
        testName: 'GLM Service Integration',
        details: exists ? 'GLM service integration available' : 'GLM service integration missing',
        errors: exists ? [] : ['GLM service not found at src/services/glmService.ts']
        details: bothExist ? 'Export and import services available' : 'Export/import services missing',
        const hasGLM = packageJson.dependencies && packageJson.dependencies['zhipu-sdk-js'];
          status: hasValidName && hasValidVersion && hasGLM ? 'PASS' : 'FAIL',
          details: `Package: ${hasValidName ? '✅' : '❌'}, Version: ${hasValidVersion ? '✅' : '❌'}, GLM SDK: ${hasGLM ? '✅' : '❌'}`,
                  !hasGLM ? ['GLM SDK not found in dependencies'] : []
      // Test GLM Integration Documentation
      const exists = fileExists('GLM_INTEGRATION.md');
        testName: 'GLM Integration Documentation',
        details: exists ? 'GLM integration documentation available' : 'GLM integration documentation missing',
        errors: exists ? [] : ['GLM_INTEGRATION.md not found']
      const exists = fileExists('.env.example');
        errors: exists ? [] : ['.env.example not found']
