export default {
  path: '/login/getSendMessage',
  data: {
    message: '发送成功',
  },
};
