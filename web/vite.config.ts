import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => ({
  root: path.resolve(import.meta.dirname),
  // A build is for users whoever runs it (a test runner sets NODE_ENV=test): React's and AntD's
  // production code, without their development warnings.
  ...(command === 'build' ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  plugins: [react()],
  // The pure code the web shares with the server (identifiers, labels, list items): src/common only.
  resolve: { alias: { '@common': path.resolve(import.meta.dirname, '../src/common') } },
  // The server puts each page's CSP nonce here (src/platform/http/web-app.ts).
  html: { cspNonce: '__CSP_NONCE__' },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
}));
