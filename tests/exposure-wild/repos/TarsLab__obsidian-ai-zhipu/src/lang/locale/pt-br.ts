// Português do Brasil
// Brazilian Portuguese

export default {}
