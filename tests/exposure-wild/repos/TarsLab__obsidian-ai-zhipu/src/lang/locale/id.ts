// Bahasa Indonesia

export default {}
