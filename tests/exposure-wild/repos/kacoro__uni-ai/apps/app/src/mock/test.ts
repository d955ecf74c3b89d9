// {"id":"8367749371147536661","created":1708474183,"model":"glm-4","choices":[{"index":0,"delta":{"role":"assistant","content":"开心"}}]}
const bigMoDel: never[] = [];
export default bigMoDel;
