import { defineConfig } from 'vite'

// The built app is committed (frontend/dist) and embedded in the Go binary.
// Hashed file names let the server cache assets forever.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    rollupOptions: {
      output: {
        // The map (sigma + graphology) loads as its own chunk.
        manualChunks: (id) => (id.includes('node_modules/sigma') || id.includes('node_modules/graphology') ? 'map' : undefined),
      },
    },
  },
  esbuild: { jsx: 'automatic' },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
})
