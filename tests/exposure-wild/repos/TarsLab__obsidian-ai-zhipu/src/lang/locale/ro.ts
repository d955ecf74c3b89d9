// Română

export default {}
