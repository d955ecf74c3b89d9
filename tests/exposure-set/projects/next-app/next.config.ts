import type { NextConfig } from "next";

const IMAGE_TOKEN = "__ZAI_KEY_31__";

const nextConfig: NextConfig = {
  env: {
    ZAI_KEY: "__ZAI_KEY_32__",
  },
  images: { loader: "custom", loaderFile: IMAGE_TOKEN ? "./loader.ts" : "" },
};

export default nextConfig;
