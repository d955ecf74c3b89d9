export default cfe;
