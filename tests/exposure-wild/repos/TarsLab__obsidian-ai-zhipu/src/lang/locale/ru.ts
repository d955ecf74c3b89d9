// русский

export default {}
