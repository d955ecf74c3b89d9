 * 用于详细测试bigmodel.js模块的各项功能
const bigModelModule = require('./bigmodel');
  console.log('开始测试 bigmodel.js 模块的所有功能');
