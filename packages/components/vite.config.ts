import { defineConfig } from 'vite';

/**
 * The library build of @soc-kit/components: ES modules per entry, Lit left to the consumer
 * so a page with several Lit-based kits loads it once.
 */
export default defineConfig({
  resolve: {
    conditions: ['source', 'module', 'browser', 'production'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        api: 'src/api/index.ts',
        define: 'src/define.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//],
    },
  },
});
