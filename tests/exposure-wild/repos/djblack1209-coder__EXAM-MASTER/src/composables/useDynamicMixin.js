import { ref } from 'vue';
import { logger } from '@/utils/logger.js';
import { toast } from '@/utils/toast.js';
import config from '@/config/index.js';
import { safeImport } from '@/utils/helpers/safe-import.js';
export function useDynamicMixin() {
    // App 端所有模块已打包在一起，直接动态 import
        safeImport(import('../pages/practice-sub/composables/ai-generation-mixin.js')),
        safeImport(import('../pages/practice-sub/composables/learning-stats-mixin.js'))
    // H5 环境也使用 import()，与 APP-PLUS 一致
    // 微信小程序环境下 require() 可用，但 import() 同样被 uni-app 支持
        safeImport(import('../pages/practice-sub/composables/ai-generation-mixin.js')),
        safeImport(import('../pages/practice-sub/composables/learning-stats-mixin.js'))
