// Türkçe

export default {}
