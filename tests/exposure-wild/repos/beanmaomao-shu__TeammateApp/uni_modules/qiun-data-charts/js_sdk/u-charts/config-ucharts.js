export default cfu;
