import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server (conventions.md).
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { PartialDate: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
