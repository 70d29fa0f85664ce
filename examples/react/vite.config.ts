import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    // The demo-only chunk of the mock backend (MSW and the data generator) is ~600 kB; the app's own stays far below.
    chunkSizeWarningLimit: 700,
  },
});
