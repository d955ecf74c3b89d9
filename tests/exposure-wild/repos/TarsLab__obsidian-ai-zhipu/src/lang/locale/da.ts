// Dansk

export default {}
