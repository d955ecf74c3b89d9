
const MomentsOptimizer = () => <div className="p-8 text-center text-default-400">朋友圈文案优化 (开发中)</div>
export default MomentsOptimizer
