
const XiaohongshuGenerator = () => <div className="p-8 text-center text-default-400">小红书图文生成器 (开发中)</div>
export default XiaohongshuGenerator
