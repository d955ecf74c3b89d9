export default function Welcome() {
  return (
    <div className="bg-white shadow-md rounded-lg p-6">
      <h2 className="text-2xl font-semibold mb-4">欢迎使用</h2>
      <p className="text-gray-600">
        这是一个使用Next.js和TailwindCSS创建的简单组件。您可以根据需要自定义和扩展它。
      </p>
    </div>
  )
}