export default SHA256
