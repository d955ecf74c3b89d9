export const buildMessagesA = (text, market, roles = []) => [
export const buildMessagesB = (text, market, roles = []) => [
export const buildMessagesC = (text, market, roles = []) => [
export const buildResumeCheckMessages = (text) => [
// Legacy export kept for compatibility — not used in parallel mode
export const buildMessages = buildMessagesA;
