export const DEFAULT_MODEL = "gpt-5-mini"

export const DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small"
export const DEFAULT_EMBEDDING_PROVIDER = "openai"

export const DEFAULT_RERANK_MODEL = "rerank-english-v3.0"
export const DEFAULT_RERANK_PROVIDER = "cohere"
export const DEFAULT_RERANK_QUERY_MODE = "full_text"

export const DEFAULT_PROVIDER = "openai"
