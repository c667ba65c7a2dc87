import type { CodegenConfig } from '@graphql-codegen/cli'

// Types for every query the app sends, generated from the server's schema
// files (no running server needed). make generate runs this; the output in
// src/gql is committed and checked for drift like the rest.
const config: CodegenConfig = {
  schema: ['../graph/*.graphqls', 'codegen-directives.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: 'string', Cursor: 'string', Time: 'string', Date: 'string', MapData: 'import("../api").MapData' },
      },
    },
  },
}

export default config
