// Nederlands

export default {}
