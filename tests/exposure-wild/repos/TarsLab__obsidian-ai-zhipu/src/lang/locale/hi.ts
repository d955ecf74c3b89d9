// हिन्दी

export default {}
