/**
 * Checks the dependency rules of STYLE.md §2 by reading import statements:
 * - engines (`src/<domain>/engine/**`) import no fastify, kysely, pg, better-sqlite3, pino,
 *   commander, and nothing from platform/config, platform/store, platform/log, server/ or cli/;
 * - `src/platform/**` imports no domain folder, no server/ and no cli/;
 * - a domain imports another domain only through its index.ts;
 * - nothing outside cli/ and server/ imports from cli/ or server/ (main.ts and runtime.ts excepted).
 * Prints each violation; exits 1 when there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const srcDir = path.join(root, 'src');
const FORBIDDEN_IN_ENGINES = [
  'fastify',
  'kysely',
  'pg',
  'better-sqlite3',
  'pino',
  'commander',
  '@fastify/',
];
const PLATFORM_IN_ENGINES = ['platform/config', 'platform/store', 'platform/log', 'platform/audit'];
const ADAPTER_DIRS = ['server', 'cli'];
const ROOT_FILES = new Set(['main.ts', 'runtime.ts']);
const ADAPTER_CONTRACTS = new Set([
  'cli/command-context.ts',
  'cli/exit-codes.ts',
  'cli/output.ts',
  'server/route-config.ts',
]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? '');
}

const violations: string[] = [];
for (const file of walk(srcDir)) {
  const rel = path.relative(srcDir, file);
  const [top] = rel.split(path.sep);
  const isTest = rel.endsWith('.test.ts');
  const isEngine = rel.split(path.sep)[1] === 'engine';
  for (const spec of importsOf(file)) {
    const resolved = spec.startsWith('.')
      ? // Imports name the emitted `.js`; compare against the source `.ts`.
        path.relative(srcDir, path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts')
      : undefined;
    const target = resolved?.split(path.sep)[0];
    if (isEngine && !isTest) {
      if (FORBIDDEN_IN_ENGINES.some((p) => spec === p || spec.startsWith(p)))
        violations.push(`${rel}: engine imports ${spec}`);
      if (resolved !== undefined && PLATFORM_IN_ENGINES.some((p) => resolved.startsWith(p))) {
        violations.push(`${rel}: engine imports ${resolved}`);
      }
      if (target !== undefined && ADAPTER_DIRS.includes(target))
        violations.push(`${rel}: engine imports ${resolved}`);
    }
    if (resolved === undefined || target === undefined || target === top || ROOT_FILES.has(rel))
      continue;
    // Adapters anywhere (a domain's or platform's commands and routes) may use the CLI and
    // server contracts; nothing else outside cli/ and server/ may import them.
    const isAdapterContract = ADAPTER_CONTRACTS.has(resolved);
    if (top === 'platform' && target !== 'platform' && !isTest && !isAdapterContract)
      violations.push(`${rel}: platform imports ${resolved}`);
    if (ADAPTER_DIRS.includes(target) && !ADAPTER_DIRS.includes(top ?? '') && !isTest) {
      if (!isAdapterContract) violations.push(`${rel}: imports adapter ${resolved}`);
    }
    const isDomain =
      !['platform', 'contracts', ...ADAPTER_DIRS].includes(target) && !ROOT_FILES.has(target);
    if (
      isDomain &&
      top !== target &&
      !ADAPTER_DIRS.includes(top ?? '') &&
      resolved !== path.join(target, 'index.ts')
    ) {
      violations.push(`${rel}: imports ${resolved} (use ${target}/index.ts)`);
    }
  }
}

if (violations.length > 0) {
  console.error(`Architecture rules broken (${violations.length}):\n  ` + violations.join('\n  '));
  process.exit(1);
}
console.log('check:arch: dependency rules hold');
