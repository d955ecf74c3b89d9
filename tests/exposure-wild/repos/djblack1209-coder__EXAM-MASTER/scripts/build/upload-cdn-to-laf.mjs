 *   5. 将 .env.production 中的 VITE_CDN_URL 设为：
 *   export default async function (ctx: FunctionContext) {
 * 2. 更新 .env.production：
