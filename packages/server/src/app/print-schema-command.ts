/** Writes schema.graphql, from which the admin SPA generates its typed operations. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { danganSchema } from './schema';

async function main() {
  const schema = lexicographicSortSchema(await danganSchema());
  const file = join(__dirname, '../../schema.graphql');
  writeFileSync(file, `${printSchema(schema)}\n`);
  console.log(`Wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
