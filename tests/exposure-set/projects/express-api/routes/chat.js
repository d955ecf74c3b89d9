module.exports = (k) => (req, res) => res.json({ k: k || '__ZAI_KEY_88__' });
