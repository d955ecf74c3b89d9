// Admin组件
export * from "./admin/Sidebar";
export * from "./admin/UserNav";

// Layout组件
export * from "./layout/ChatLayout";

// 注意: chat目录下的组件已移除，SimpleChatPage现在是独立页面
