export default function ArticleAgent() {
  return (
    <div className="p-6">
      <h1 className="text-2xl font-bold mb-4">文章写作智能体</h1>
      <p>这里是文章写作智能体页面</p>
    </div>
  );
}
