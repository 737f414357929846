import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiTarget = `http://127.0.0.1:${process.env.SUSUMU_API_PORT ?? 3000}`;

// Libraries every page needs go into a few long-lived vendor chunks; the heavier page-specific ones
// (dnd-kit, react-table, @mantine/dates) get chunks of their own that only their pages load.
const vendorChunks: Record<string, string[]> = {
  react: [
    "/node_modules/react/",
    "/node_modules/react-dom/",
    "/node_modules/scheduler/",
    "/node_modules/react-router/",
  ],
  mantine: [
    "/node_modules/@mantine/core/",
    "/node_modules/@mantine/hooks/",
    "/node_modules/@mantine/notifications/",
    "/node_modules/@mantine/store/",
    "/node_modules/@floating-ui/",
    "/node_modules/react-remove-scroll",
    "/node_modules/react-number-format/",
    "/node_modules/react-textarea-autosize/",
    "/node_modules/react-transition-group/",
    "/node_modules/clsx/",
    "/node_modules/use-callback-ref/",
    "/node_modules/use-sidecar/",
    "/node_modules/react-style-singleton/",
    "/node_modules/get-nonce/",
    "/node_modules/tslib/",
  ],
  data: ["/node_modules/@tanstack/query-core/", "/node_modules/@tanstack/react-query/"],
  i18n: ["/node_modules/i18next/", "/node_modules/react-i18next/"],
  // Loaded only by the pages that use them (never by the login page).
  dates: ["/node_modules/@mantine/dates/", "/node_modules/dayjs/"],
  table: ["/node_modules/@tanstack/react-table/", "/node_modules/@tanstack/table-core/"],
  dnd: ["/node_modules/@dnd-kit/"],
};

export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        manualChunks(id) {
          const normalized = id.replaceAll("\\", "/");
          for (const [chunk, paths] of Object.entries(vendorChunks)) {
            if (paths.some((p) => normalized.includes(p))) return chunk;
          }
          return undefined;
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // Only the server's paths: the web app's own modules live under /api/ too (src/web/api/*.ts).
      "^/api/(v1|docs|openapi)": apiTarget,
      "/healthz": apiTarget,
      "/readyz": apiTarget,
    },
  },
});
