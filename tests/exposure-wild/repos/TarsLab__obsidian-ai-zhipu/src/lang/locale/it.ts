// Italiano

export default {}
