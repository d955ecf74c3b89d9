export const imageExts = [".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"]
export const videoExts = [".mp4", ".avi", ".mov", ".wmv", ".flv", ".mkv"]
export const audioExts = [".mp3", ".wav", ".ogg", ".flac", ".aac"]
export const documentExts = [".pdf", ".docx", ".pptx", ".xlsx", ".odt", ".odp", ".ods"]
export const textExts = [
  ".txt", // 普通文本文件
  ".md", // Markdown 文件
  ".mdx", // Markdown 文件
  ".html", // HTML 文件
  ".htm", // HTML 文件的另一种扩展名
  ".xml", // XML 文件
  ".json", // JSON 文件
  ".log", // 日志文件
  ".xhtml", // XHTML 文件
  ".conf", // 配置文件
  ".config", // 配置文件
  ".env", // 环境变量文件
  ".js", // JavaScript 文件（部分是文本，部分可能包含代码）
  ".ts", // TypeScript 文件
  ".jsp", // JavaServer Pages 文件
  ".css", // Cascading Style Sheets 文件
  ".less", // Less CSS 预处理器文件
  ".scss", // Sass CSS 预处理器文件
  ".sass", // Sass 文件
  ".styl", // Stylus CSS 预处理器文件
  ".vue", // Vue.js 单文件组件
  ".jsx", // React JSX 文件
  ".tsx", // React TSX 文件
]
