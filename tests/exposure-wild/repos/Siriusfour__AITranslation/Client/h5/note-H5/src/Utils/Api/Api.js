import ApiCode from "./ApiCode.js";
export default Api;
