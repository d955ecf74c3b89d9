// français

export default {}
