export default {
  path: '/home/swipers',
  data: {
    code: 200,
    message: '请求成功',
    data: new Array(6).fill('/static/home/swiper0.png'),
  },
};
