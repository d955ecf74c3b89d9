import { describe, it, expect, vi, beforeEach } from 'vitest';
    const mod = await import('@/pages/practice-sub/file-handler.js');
    const mod = await import('@/pages/practice-sub/file-handler.js');
    const mod = await import('@/pages/practice-sub/file-handler.js');
// 5. import-data.vue 文件处理审计
describe('[审计] import-data.vue — 文件处理', () => {
  it('import-data 支持的文件格式列表', () => {
    // import-data.vue 使用 wx.chooseMessageFile extension 参数
    expect(supported).not.toContain('json'); // import-data 不支持 json
  it('[BUG验证] import-data 无 _consecutiveFailures — 单次失败即停止', () => {
  it('import-data JSON 解析失败 — 停止并显示 Modal', () => {
  it('import-data 智能返回非数组 — 抛出错误', () => {
  it('import-data Markdown 代码块清洗', () => {
    // import-data.vue L655-658: 清洗 JSON
  it('import-data 多层 Markdown 代码块清洗', () => {
