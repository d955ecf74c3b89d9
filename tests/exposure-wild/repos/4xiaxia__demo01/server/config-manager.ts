    const { getPublicConfigPath, getServerConfigPath } = await import("./config/paths");
    const fs = await import("fs/promises");
        apiKey: process.env.ZHIPU_API_KEY || process.env.SILICONFLOW_API_KEY || "test_key",
export const configManager = new ConfigManager();
