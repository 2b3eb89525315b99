import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The initial-load budget (500 KB gzipped) is checked by build/bundle-size.ts; the warning would
    // only repeat it per chunk.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // The API runs in the server process; during development the web app talks to it through Vite.
    proxy: { "/api": process.env.LUOSHI_API_URL ?? "http://127.0.0.1:3000" },
  },
});
