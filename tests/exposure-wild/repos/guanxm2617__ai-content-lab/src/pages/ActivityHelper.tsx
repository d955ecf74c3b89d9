export default function ActivityHelper() {
  return (
    <div className="p-6">
      <h1 className="text-2xl font-bold mb-4">活动策划助手</h1>
      <p>这里是活动策划助手页面</p>
    </div>
  );
}
