import type { Config } from "tailwindcss";
export default {
  plugins: [require("tailwindcss-animate")],
