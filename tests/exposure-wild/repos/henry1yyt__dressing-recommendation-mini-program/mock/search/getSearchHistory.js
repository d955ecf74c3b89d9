export default {
  path: '/api/searchHistory',
  code: 200,
  message: '请求成功',
  data: {
    historyWords: ['AI绘画', 'Stable Diffusion', '版权素材', '星空', 'illustration', '原创'],
  },
};
