export default {
    const secretId = env.TENCENT_TTS_SECRET_ID
    const secretKey = env.TENCENT_TTS_SECRET_KEY
