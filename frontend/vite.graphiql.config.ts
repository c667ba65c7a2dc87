import { defineConfig } from 'vite'

// GraphiQL (GET /graphql in a browser) is built apart from the app, after
// it, into the same dist: the app's own chunks and initial JS stay exactly
// what they were, and GraphiQL's editor (Monaco, megabytes) loads only there.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: 'graphiql.html',
      output: {
        entryFileNames: 'assets/graphiql-[hash].js',
        chunkFileNames: 'assets/graphiql-[name]-[hash].js',
        assetFileNames: 'assets/graphiql-[name]-[hash][extname]',
      },
    },
  },
  worker: {
    format: 'es',
    rollupOptions: { output: { entryFileNames: 'assets/graphiql-[name]-[hash].js', chunkFileNames: 'assets/graphiql-[name]-[hash].js' } },
  },
  esbuild: { jsx: 'automatic' },
})
