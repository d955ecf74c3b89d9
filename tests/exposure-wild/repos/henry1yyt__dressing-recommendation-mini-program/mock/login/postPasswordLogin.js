export default {
  path: '/login/postPasswordLogin',
  data: {
    message: '登录成功',
    token: '@guid()',
  },
};
