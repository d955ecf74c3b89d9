const jwt = require("jsonwebtoken");
const axios = require("axios");

function getToken() {
  var apiKey = "__ZAI_KEY_20006__";
  const [id, secret] = apiKey.split(".");
  const date = Date.now();
  const payload = {
    api_key: id,
    exp: date + 3600 * 1000,
    timestamp: date,
  };
  return jwt.sign(payload, secret, {
    header: { alg: "HS256", sign_type: "SIGN" },
  });
}

async function completions(data) {
  const response = await axios.post(
    "https://open.bigmodel.cn/api/paas/v4/chat/completions",
    data,
    {
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${getToken()}`,
      },
      responseType: "stream",
    }
  );
  return response;
}

function adapt(chunk) {
  let str = chunk.toString();
  str = str.replace("data: ", "").trim();
  return str
}

module.exports = {
  getToken,
  completions,
  adapt,
};
