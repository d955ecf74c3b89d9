/** @deprecated 请从 `./receiptVisionLlm` 引用；保留此文件以兼容旧 import */
export { recognizeReceipt, testApiKey } from "./receiptVisionLlm";
