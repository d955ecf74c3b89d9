export default {
	requestLibPath: "import request from '../request'" ,
  schemaPath: "http://localhost:8101/api/v2/api-docs",
  serversPath: "./src",
}