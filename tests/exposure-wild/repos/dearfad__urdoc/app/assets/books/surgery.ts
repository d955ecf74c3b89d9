export default surgery
