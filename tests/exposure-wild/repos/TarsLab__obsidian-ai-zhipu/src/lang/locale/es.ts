// Español

export default {}
