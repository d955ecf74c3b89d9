import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Basic performance optimizations
  compress: true,
  poweredByHeader: false,
};

export default nextConfig;
