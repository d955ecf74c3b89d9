// 한국어

export default {}
