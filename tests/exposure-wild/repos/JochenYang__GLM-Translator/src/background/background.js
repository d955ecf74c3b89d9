import { chunkText } from "../utils/textChunker.js";
// （直接使用 import 进来的 chunkText）
