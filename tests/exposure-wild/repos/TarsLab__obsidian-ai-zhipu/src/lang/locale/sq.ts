// Shqip

export default {}
