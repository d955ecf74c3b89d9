export default function ReviewHelper() {
  return (
    <div className="p-6">
      <h1 className="text-2xl font-bold mb-4">文章审核助手</h1>
      <p>这里是文章审核助手页面</p>
    </div>
  );
}
