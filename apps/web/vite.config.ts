import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on :8000; Vite proxies the tRPC and API paths to it.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': 'http://localhost:8000',
      '/api': 'http://localhost:8000',
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
