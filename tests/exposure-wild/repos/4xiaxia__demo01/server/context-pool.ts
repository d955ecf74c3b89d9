import Redis from "ioredis";
    const redisHost = process.env.DRAGONFLY_HOST || process.env.REDIS_HOST;
    const redisPort = parseInt(process.env.DRAGONFLY_PORT || process.env.REDIS_PORT || "6379");
    const redisPassword = process.env.DRAGONFLY_PASSWORD || process.env.REDIS_PASSWORD;
export const contextPool = new ContextPool();
