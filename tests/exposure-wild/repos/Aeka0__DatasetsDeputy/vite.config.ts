import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react(), tailwindcss()],
  clearScreen: false,
  server: {
    port: 11115,
    strictPort: true,
    watch: {
      ignored: [
        "**/src-tauri/target/**",
        "**/dist/**",
        "**/release/**",
        "**/*.log"
      ]
    }
  },
  envPrefix: ["VITE_", "TAURI_"],
  build: {
    target: "es2022",
    outDir: "dist"
  }
});
