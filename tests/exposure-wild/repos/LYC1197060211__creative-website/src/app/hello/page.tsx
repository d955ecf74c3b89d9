export default function HelloPage() {
  return (
    <div className="min-h-screen bg-gradient-to-br from-blue-50 to-indigo-100 flex items-center justify-center p-8">
      <div className="max-w-2xl w-full bg-white rounded-xl shadow-lg p-8 text-center">
        <h1 className="text-4xl font-bold text-gray-900 mb-4">
          🎉 全栈应用部署成功！
        </h1>
        <p className="text-xl text-gray-600 mb-6">
          恭喜！你的Next.js + Supabase全栈应用已经成功部署到生产环境！
        </p>

        <div className="bg-green-50 border border-green-200 rounded-lg p-6 mb-6">
          <h2 className="text-2xl font-semibold text-green-800 mb-3">✅ 成功完成的功能</h2>
          <ul className="text-left text-green-700 space-y-2">
            <li>✅ Next.js 16 应用框架</li>
            <li>✅ Supabase PostgreSQL 数据库</li>
            <li>✅ 12个 RESTful API 端点</li>
            <li>✅ TypeScript 类型安全</li>
            <li>✅ Tailwind CSS 现代样式</li>
            <li>✅ Vercel 生产部署</li>
            <li>✅ GitHub 代码同步</li>
            <li>✅ 环境变量配置</li>
          </ul>
        </div>

        <div className="bg-blue-50 border border-blue-200 rounded-lg p-6 mb-6">
          <h2 className="text-2xl font-semibold text-blue-800 mb-3">🚀 你现在拥有的</h2>
          <ul className="text-left text-blue-700 space-y-2">
            <li>💡 创意管理系统</li>
            <li>🚀 项目展示平台</li>
            <li>📚 学习模板库</li>
            <li>💬 AI 智能聊天</li>
            <li>👤 用户认证系统</li>
            <li>🔐 权限管理</li>
            <li>📊 数据持久化</li>
            <li>🌐 响应式设计</li>
          </ul>
        </div>

        <div className="text-gray-600">
          <p className="mb-4">
            <strong>生产环境地址:</strong>
          </p>
          <p className="text-sm font-mono bg-gray-100 p-2 rounded">
            https://creative-website-glb8j72ll-lycs-projects-31d2e66f.vercel.app
          </p>
        </div>

        <div className="mt-8 text-lg font-semibold text-gray-800">
          🌟 恭喜你成为一名全栈开发者！🌟
        </div>
      </div>
    </div>
  )
}