import { createRequire } from 'module'
import { fileURLToPath } from 'url'
import path from 'path'
const __filename = fileURLToPath(import.meta.url)
const require = createRequire(import.meta.url)
// We need to import the actual function. Let's transpile the .js file
const { buildRelationScopeTree, classifyRelation, ScopeType, CategoryType } = await import('./src/services/relationClassifier.js').catch(async () => {
  return await import('./src/services/relationClassifier.js')
