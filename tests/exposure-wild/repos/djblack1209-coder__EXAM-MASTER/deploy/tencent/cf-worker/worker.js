export default {
    const expectedToken = env.WORKER_AUTH_TOKEN || AUTH_TOKEN;
