export default {
  path: '/login/postCodeVerify',
  data: {
    message: '验证码正确',
    token: '@guid()',
  },
};
