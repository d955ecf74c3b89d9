
const ReviewAssistant = () => <div className="p-8 text-center text-default-400">文章审核助手 (开发中)</div>
export default ReviewAssistant
