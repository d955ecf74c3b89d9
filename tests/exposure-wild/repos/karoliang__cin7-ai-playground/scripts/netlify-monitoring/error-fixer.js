import { readFileSync, writeFileSync, existsSync } from 'fs';
import { execSync } from 'child_process';
import { join, dirname } from 'path';
import { fileURLToPath } from 'url';
const __filename = fileURLToPath(import.meta.url);
      const result = execSync('grep -r "from.*Stack\\|import.*Stack" src --include="*.tsx" --include="*.ts" | cut -d: -f1 | sort -u', {
      content = content.replace(/import.*Stack.*from ['"]@shopify\/polaris['"]/,
        "import { InlineStack, BlockStack } from '@shopify/polaris'");
        const importRegex = new RegExp(`import.*${from}.*from\\s+['"]@shopify\\/polaris['"]`, 'g');
        content = content.replace(importRegex, `import { ${to} } from '@shopify/polaris'`);
      console.log(`   ⚠️  Manual import fix needed for: ${filePath}`);
if (import.meta.url === `file://${process.argv[1]}`) {
export default ErrorFixer;
