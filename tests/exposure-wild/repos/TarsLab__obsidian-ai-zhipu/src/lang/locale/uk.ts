// Український

export default {}
