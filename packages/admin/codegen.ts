import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the SPA (style.md: the SPA never imports server source, only generated types).
 * The schema is the file the server prints (`pnpm --filter @dangan/server schema:print`).
 * DANGAN_CODEGEN_OUT lets scripts/check-codegen.mjs regenerate into a temporary directory.
 */
const schema = '../server/schema.graphql';
const output = process.env.DANGAN_CODEGEN_OUT ?? 'src/gql/';

const config: CodegenConfig = {
  schema,
  documents: ['src/features/**/operations.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        // String unions instead of TS enums: erasable, and role literals read naturally in route meta.
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
    // The server's rules (labels, actions, input patterns) as a typed constant: see the plugin.
    [`${output}rules.ts`]: { plugins: ['./scripts/codegen-rules.mjs'] },
  },
};

export default config;
