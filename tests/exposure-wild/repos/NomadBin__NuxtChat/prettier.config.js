const config = {
  printWidth: 120, // 单行最大长度
  tabWidth: 2, // 每个缩进层级的空格数
  useTabs: false, // 使用空格而不是制表符
  singleQuote: true, // 使用单引号而不是双引号
};
export default config;
