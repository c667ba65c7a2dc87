import { defineConfig } from 'vite'
import type { Plugin } from 'vite'

// The built app is committed (frontend/dist) and embedded in the Go binary.
// Hashed file names let the server cache assets forever.
export default defineConfig({
  plugins: [graphqlDocuments()],
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
  test: { environment: 'node', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
})

// graphqlDocuments turns each graphql(`query Name …`) call into its plain
// text, which urql parses once (it ships a parser for that anyway). The
// client preset's graphql() would look every call up in one table of every
// query's text and parsed document (src/gql/gql.ts and graphql.ts), all of it
// in the first chunk; this way each chunk carries its own queries, as the
// codegen's Babel plugin arranges for Babel builds. Types are unchanged:
// TypeScript still reads graphql()'s overloads.
function graphqlDocuments(): Plugin {
  return {
    name: 'verkosto-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return
      return { code: code.replace(/\bgraphql\(\s*(`(?:[^`$]|\$(?!\{))*`)\s*\)/g, '$1'), map: null }
    },
  }
}
