export default function XhsGenerator() {
  return (
    <div className="p-6">
      <h1 className="text-2xl font-bold mb-4">小红书图文生成器</h1>
      <p>这里是小红书图文生成器页面</p>
    </div>
  );
}
