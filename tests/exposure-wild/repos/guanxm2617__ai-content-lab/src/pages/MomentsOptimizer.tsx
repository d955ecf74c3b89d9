export default function MomentsOptimizer() {
  return (
    <div className="p-6">
      <h1 className="text-2xl font-bold mb-4">朋友圈文案优化</h1>
      <p>这里是朋友圈文案优化页面</p>
    </div>
  );
}
