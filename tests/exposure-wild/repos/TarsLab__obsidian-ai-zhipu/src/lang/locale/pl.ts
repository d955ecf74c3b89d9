// język polski

export default {}
