export { default as Highlighter } from "./components/Highlighter"
export { default as ImageVerify } from "./components/ImageVerify"
export { default as MarkdownNodeRender } from "./components/NodeRenderer"
export { default as TypewriterEffect } from "./components/TypewriterEffect.vue"
export { useCodeBlock } from "./composables/useCodeBlock"
export { useHeightCheck } from "./composables/useHeightCheck"
export { default as Markdown } from "./Markdown"
export type {
  BaseNode,
  CodeBlockNode,
  HeadingNode,
  KnowledgeItemType,
  KnowledgeReference,
  MarkdownToken,
  ParsedNode,
  TextNode,
} from "./types"
export { MarkdownRenderer } from "./utils/markdown-renderer"
