const jwt = require("jsonwebtoken");

function getToken() {
  var apiKey = "__ZAI_KEY_20005__";
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

module.exports = {
  getToken,
};
