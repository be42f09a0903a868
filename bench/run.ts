import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** `npm run bench -- NAME [args]` runs bench/NAME.ts. */
const benchDir = path.dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
const available = readdirSync(benchDir)
  .filter(
    (f) => f.endsWith('.ts') && !['run.ts', 'shared-data.ts'].includes(f) && !f.startsWith('_'),
  )
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
if (name === undefined || !existsSync(path.join(benchDir, `${name}.ts`))) {
  console.error(`usage: npm run bench -- NAME\navailable: ${available.join(', ')}`);
  process.exit(2);
}
process.argv.splice(2, 1);
await import(pathToFileURL(path.join(benchDir, `${name}.ts`)).href);
