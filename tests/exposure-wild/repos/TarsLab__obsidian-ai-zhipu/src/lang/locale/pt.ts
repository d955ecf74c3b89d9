// Português

export default {}
