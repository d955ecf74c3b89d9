export default neurology
