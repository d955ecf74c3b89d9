  /** import.meta 接口定义 */
    readonly VITE_DEVTOOLS_LAUNCH_EDITOR?: import('vite-plugin-vue-devtools').VitePluginVueDevToolsOptions['launchEditor'];
    readonly VITE_ZHIPU_API_KEY: string;
    readonly VITE_ZHIPU_BASE_URL: string;
/** 全局 import.meta 接口 */
