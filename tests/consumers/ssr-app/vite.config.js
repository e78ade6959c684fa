import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Client bundle (with a manifest the server reads) and, with --ssr, the server entry. Built in development mode on
// purpose: React reports hydration mismatches (a class name that differs between server and client) only in
// development builds, and those warnings are what this app tests for.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  build: isSsrBuild
    ? { minify: false }
    : { outDir: 'dist/client', manifest: true, minify: false, rollupOptions: { input: 'src/entry-client.jsx' } },
}));
