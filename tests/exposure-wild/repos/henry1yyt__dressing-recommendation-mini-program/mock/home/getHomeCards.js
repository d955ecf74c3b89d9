export default {
  path: '/home/cards',
  data: {
    code: 200,
    message: '请求成功',
    data: [
      {
        id: '1',
        url: '/static/home/card0.png',
        desc: '温柔通勤风｜米白针织 + 卡其半裙',
        tags: [
          { text: '通勤', theme: 'primary' },
          { text: '春季', theme: 'success' },
        ],
      },
      {
        id: '2',
        url: '/static/home/card1.png',
        desc: '校园元气感｜卫衣 + 百褶裙轻松出门',
        tags: [
          { text: '校园', theme: 'primary' },
          { text: '休闲', theme: 'success' },
        ],
      },
      {
        id: '3',
        url: '/static/home/card3.png',
        desc: '夜晚氛围感｜深色系穿搭也能很有层次',
        tags: [
          { text: '夜景', theme: 'primary' },
          { text: '约会', theme: 'success' },
        ],
      },
      {
        id: '4',
        url: '/static/home/card2.png',
        desc: '周末出游｜轻户外舒适穿搭示范',
        tags: [
          { text: '出游', theme: 'primary' },
          { text: '舒适', theme: 'success' },
        ],
      },
      {
        id: '5',
        url: '/static/home/card4.png',
        desc: '彩色系穿搭｜让整体一眼更有记忆点',
        tags: [
          { text: '彩色系', theme: 'primary' },
          { text: '春夏', theme: 'success' },
        ],
      },
    ],
  },
};
