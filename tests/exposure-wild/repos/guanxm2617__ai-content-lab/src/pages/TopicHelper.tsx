export default function TopicHelper() {
  return (
    <div className="p-6">
      <h1 className="text-2xl font-bold mb-4">公众号选题助手</h1>
      <p>这里是公众号选题助手页面</p>
    </div>
  );
}
