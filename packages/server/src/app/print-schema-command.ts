/**
 * Writes schema.graphql, from which the admin SPA generates its typed operations.
 * With `--check` it writes nothing and fails when the committed file is stale.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { danganSchema } from './schema';

async function main() {
  const printed = `${printSchema(lexicographicSortSchema(await danganSchema()))}\n`;
  const file = join(__dirname, '../../schema.graphql');
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== printed) {
      console.error('schema.graphql is stale: run `pnpm codegen` and commit the result.');
      process.exit(1);
    }
    console.log('schema.graphql is current.');
    return;
  }
  writeFileSync(file, printed);
  console.log(`Wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
