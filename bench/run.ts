import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** `npm run bench -- NAME [args]` runs bench/NAME.ts. */
const benchDir = path.dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
const available = readdirSync(benchDir)
  .filter(
    (f) =>
      f.endsWith('.ts') &&
      !['run.ts', 'shared-data.ts'].includes(f) &&
      !f.endsWith('-data.ts') &&
      !f.startsWith('_'),
  )
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
if (name === undefined || !existsSync(path.join(benchDir, `${name}.ts`))) {
  console.error(`usage: npm run bench -- NAME\navailable: ${available.join(', ')}`);
  process.exit(2);
}
// The bench sees itself as the script (argv[1]), so a bench can tell whether it was run or imported.
const file = path.join(benchDir, `${name}.ts`);
process.argv.splice(1, 2, file);
await import(pathToFileURL(file).href);
