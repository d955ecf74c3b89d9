// 繁體中文

export default {}
