// 服务端入口文件，导出所有服务端模块
export { agentA } from './agents/agent-a';
export { anpBus } from './anp-bus';
export { contextPool } from './context-pool';
export { configManager } from './config-manager';
export * from './types';