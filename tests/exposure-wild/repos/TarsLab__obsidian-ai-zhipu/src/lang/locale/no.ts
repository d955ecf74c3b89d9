// Norsk

export default {}
