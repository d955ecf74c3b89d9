export * from "./user";
export * from "./data";
export * from "./zhipu";
export * from "./ai";
export * from "./external";
