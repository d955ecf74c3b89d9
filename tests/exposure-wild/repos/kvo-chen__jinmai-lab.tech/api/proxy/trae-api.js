export default async function handler(req, res) {
