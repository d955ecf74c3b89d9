// vue.config.js，如没有此文件则手动创建
module.exports = {
  transpileDependencies: ['uview-plus']
};
