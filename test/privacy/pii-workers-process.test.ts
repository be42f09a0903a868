import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The worker threads load their entry file next to the running code: the compiled build when it
// is current (as in CI, which builds before testing), the TypeScript sources otherwise. This runs
// the real `rampart` command in its own process so that whichever form is in use is exercised.
const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/rampart.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rampart-pii-workers-'));
  const rows = ['id,name,email,iban,notes'];
  for (let i = 0; i < 900; i++)
    rows.push(
      `${i},Anna Schmidt,anna${i}@example.de,DE89 3704 0044 0532 0130 00,"call +49 30 1234567${i % 10}"`,
    );
  writeFileSync(path.join(dir, 'people.csv'), rows.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scan(workers: string): Promise<{ code: number; stdout: string }> {
  try {
    const r = await run(
      process.execPath,
      [bin, 'pii', 'scan', path.join(dir, 'people.csv'), '--format', 'json', '--workers', workers],
      { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 },
    );
    return { code: 0, stdout: r.stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('rampart pii scan --workers in its own process', () => {
  it('finds the same as one thread', async () => {
    const [one, two] = [await scan('1'), await scan('2')];
    expect([one.code, two.code]).toEqual([1, 1]); // exit 1: something was found
    const doc = JSON.parse(two.stdout) as { findings: unknown[] };
    expect(doc.findings.length).toBeGreaterThanOrEqual(900 * 4);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  }, 120_000);
});
