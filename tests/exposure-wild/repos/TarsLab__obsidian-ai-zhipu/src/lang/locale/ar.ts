// العربية

export default {}
