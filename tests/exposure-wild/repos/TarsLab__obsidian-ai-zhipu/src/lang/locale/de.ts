// Deutsch

export default {}
