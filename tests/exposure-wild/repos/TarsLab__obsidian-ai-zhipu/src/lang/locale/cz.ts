// čeština

export default {}
