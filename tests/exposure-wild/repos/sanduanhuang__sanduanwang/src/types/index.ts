/**
 * 类型定义统一导出
 */

export * from "./common";
export * from "./user";
export * from "./forum";
export * from "./tool";
export * from "./website";
export * from "./ai";
export * from "./api";