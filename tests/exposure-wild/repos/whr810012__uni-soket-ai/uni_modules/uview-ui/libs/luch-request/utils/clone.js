export default clone
