/**
 * Writes schema.graphql and ui-rules.json (app/ui-rules.ts), from which the admin SPA generates
 * its typed operations and its copy-free rules. With `--check` it writes nothing and fails when
 * a committed file is stale.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { danganSchema } from './schema';
import { uiRules } from './ui-rules';

async function main() {
  const printed: Record<string, string> = {
    'schema.graphql': `${printSchema(lexicographicSortSchema(await danganSchema()))}\n`,
    'ui-rules.json': `${JSON.stringify(uiRules(), null, 2)}\n`,
  };
  const check = process.argv.includes('--check');
  for (const [name, content] of Object.entries(printed)) {
    const file = join(__dirname, '../..', name);
    if (!check) {
      writeFileSync(file, content);
      console.log(`Wrote ${file}`);
    } else if (!existsSync(file) || readFileSync(file, 'utf8') !== content) {
      console.error(`${name} is stale: run \`pnpm codegen\` and commit the result.`);
      process.exit(1);
    } else {
      console.log(`${name} is current.`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
