const configChat = {
  shortTermMemoryCount: 5, // 短期记忆消息数量
  // isPorxyChat: true,
};

export default configChat;
