import type { Config } from "tailwindcss";
export default config;
