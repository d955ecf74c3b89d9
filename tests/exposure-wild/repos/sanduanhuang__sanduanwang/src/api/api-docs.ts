export interface RequestParam {
export interface ApiEndpoint {
export interface ApiGroup {
export const apiGroups: ApiGroup[] = [
    name: "zhipu", icon: "🤖",
      { path: "/api/zhipu/chat", method: "POST", desc: "AI对话",
        requestParams: [p("messages","[object] (必填) 消息数组"), p("model","string (可选,默认glm-4-flash) 模型"), p("apiKey","string (可选) API密钥")] },
      { path: "/api/zhipu/chat-with-context", method: "POST", desc: "AI上下文对话",
      { path: "/api/zhipu/image", method: "POST", desc: "AI图片生成",
      { path: "/api/zhipu/translate", method: "POST", desc: "AI翻译",
      { path: "/api/zhipu/context/:uniqueId", method: "DELETE", desc: "删除AI上下文",
      { path: "/api/zhipu/vision", method: "POST", desc: "AI视觉识别",
      { path: "/api/zhipu/video", method: "POST", desc: "AI视频生成",
