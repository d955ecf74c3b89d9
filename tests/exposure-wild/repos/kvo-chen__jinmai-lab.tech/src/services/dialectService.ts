export default new DialectService();
