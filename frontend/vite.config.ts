import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = 'http://localhost:8080';

// Vendor libraries change less often than the app: separate chunks stay cached across releases.
// Vite 8 bundles with Rolldown, where `codeSplitting.groups` replaces Rollup's deprecated `manualChunks`.
// `entriesAware` splits a group by the set of pages that use its modules, so the first page loads the
// antd components of the layout and login only; the table, tree and date-picker code comes with the pages
// that use them.
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack)[\\/]/,
    priority: 30,
  },
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 30 },
  // dates are used by the handbook too, which must not download the antd code that entriesAware merges with them
  { name: 'dayjs', test: /node_modules[\\/]dayjs[\\/]/, priority: 25 },
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime)[\\/]/,
    priority: 20,
    entriesAware: true,
    entriesAwareMergeThreshold: 30_000,
  },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
];

// Builds straight into Spring Boot's static resources, so the jar serves the SPA.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    // the manifest lets scripts/handbook-budget.mjs measure what the handbook's first load downloads
    manifest: true,
    rolldownOptions: {
      // two apps: the staff SPA and the members' handbook, which shares no UI library with it
      input: { main: 'index.html', handbook: 'handbook.html' },
      output: {
        codeSplitting: { groups: vendorGroups },
        // entriesAware chunks are named after every page that shares them; a short name is enough.
        chunkFileNames: (chunk) =>
          chunk.name.startsWith('antd~') ? 'assets/antd-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/v3': backend,
      '/actuator': backend,
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Generous: user-event tests are slow on a busy 2-core CI machine, and a timeout is not what these tests check.
    testTimeout: 30_000,
    restoreMocks: true,
  },
});
