export default calendar
