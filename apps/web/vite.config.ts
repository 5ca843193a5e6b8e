import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// In development the API runs on :8000; Vite proxies the tRPC, API and media paths to it.
// The build writes brotli and gzip copies of every text file over 1 KB next to it; the server
// sends the one a browser accepts (apps/api/src/http/static-web.ts).
export default defineConfig({
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' })],
  server: {
    proxy: {
      '/trpc': 'http://localhost:8000',
      '/api': 'http://localhost:8000',
      '/media': 'http://localhost:8000',
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
