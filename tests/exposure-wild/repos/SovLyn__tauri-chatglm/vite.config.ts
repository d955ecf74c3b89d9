import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import path from "path";
import svgr from "vite-plugin-svgr";
import { VitePWA } from "vite-plugin-pwa";

const host = process.env.TAURI_DEV_HOST;

// https://vitejs.dev/config/
export default defineConfig(async () => ({
  plugins: [
    react(),
    svgr(),
    VitePWA({
      registerType: "autoUpdate",
      devOptions: {
        enabled: true,
      },
      includeAssets: ["favicon.ico", "favicon-192x192.png", "favicon.svg"],
      manifest: {
        name: "ChatGLM",
        short_name: "ChatGLM",
        description: "A demo pwa application for ChatGLM",
        theme_color: "#ffffff",
        icons: [
          {
            src: "favicon-192x192.png",
            sizes: "192x192",
            type: "image/png",
          },
          {
            src: "favicon-256x256.png",
            sizes: "256x256",
            type: "image/png",
          },
          {
            src: "favicon.svg",
            sizes: "any",
            type: "image/svg+xml",
          },
        ],
        screenshots: [
          {
            src: "screenshot_wide.png",
            type: "image/png",
            sizes: "1920x1080",
            form_factor: "wide",
          },
          {
            src: "screenshot_phone.png",
            type: "image/png",
            sizes: "1080x1920",
            form_factor: "narrow",
          },
        ],
        display: "standalone",
      },
      srcDir: "src",
      filename: "sw.js",
      strategies: "injectManifest",
      injectRegister: "auto",
    }),
  ],

  // Vite options tailored for Tauri development and only applied in `tauri dev` or `tauri build`
  //
  // 1. prevent vite from obscuring rust errors
  clearScreen: false,
  // 2. tauri expects a fixed port, fail if that port is not available
  server: {
    port: 1420,
    strictPort: true,
    host: host || false,
    hmr: host
      ? {
          protocol: "ws",
          host,
          port: 1421,
        }
      : undefined,
    watch: {
      // 3. tell vite to ignore watching `src-tauri`
      ignored: ["**/src-tauri/**"],
    },
  },
  resolve: {
    alias: {
      "@": path.resolve(__dirname, "src"),
    },
  },
}));
