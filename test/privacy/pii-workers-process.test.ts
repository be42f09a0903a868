import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // CRLF line ends and a quoted note over two lines; over 1 MB, so several slices reach the workers.
  const rows = ['id,name,email,iban,notes'];
  for (let i = 0; i < 12_000; i++)
    rows.push(
      `${i},Anna Schmidt,anna${i}@example.de,DE89 3704 0044 0532 0130 00,"call +49 30 1234567${i % 10}${i % 7 === 0 ? '\r\nor write to anna.schmidt@example.org' : ''}"`,
    );
  writeFileSync(path.join(dir, 'people.csv'), rows.join('\r\n') + '\r\n');
  writeFileSync(path.join(dir, 'key'), Buffer.alloc(32, 7));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rampart(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const r = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout: r.stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

const scan = (format: string, workers: string): Promise<{ code: number; stdout: string }> =>
  rampart('pii', 'scan', path.join(dir, 'people.csv'), '--format', format, '--workers', workers);

describe('rampart pii scan and mask --workers in their own process', () => {
  it('find the same as one thread, listing every finding', async () => {
    const [one, two] = [await scan('json', '1'), await scan('json', '2')];
    expect([one.code, two.code]).toEqual([1, 1]); // exit 1: something was found
    const doc = JSON.parse(two.stdout) as { findings: unknown[] };
    expect(doc.findings.length).toBeGreaterThanOrEqual(12_000 * 4);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('print the same table as one thread, from counts alone', async () => {
    const [one, two] = [await scan('table', '1'), await scan('table', '2')];
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(two.stdout).toContain('EMAIL');
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('mask to the same bytes as one thread', async () => {
    const masked = async (workers: string): Promise<string> => {
      const out = path.join(dir, `masked-${workers}.csv`);
      const r = await rampart(
        'pii',
        'mask',
        path.join(dir, 'people.csv'),
        '--out',
        out,
        '--key-file',
        path.join(dir, 'key'),
        '--workers',
        workers,
      );
      expect(r.code).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const [one, two] = [await masked('1'), await masked('2')];
    expect(one).not.toContain('anna.schmidt@example.org');
    expect(two).toBe(one);
  }, 120_000);
});
