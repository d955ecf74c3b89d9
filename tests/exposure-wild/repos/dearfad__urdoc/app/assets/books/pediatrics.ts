export default pediatrics
