export default function Library() {
  return (
    <div className="p-6">
      <h1 className="text-2xl font-bold mb-4">内容库</h1>
      <p>这里是内容库页面</p>
    </div>
  );
}
