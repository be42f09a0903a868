import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { fairnessDataPath } from './datasets.js';

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(args, { env: { NO_COLOR: '1' }, stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const compas = fairnessDataPath('compas-scores-two-years.csv');
const reportArgs = [
  'fairness',
  'report',
  '--data',
  compas,
  '--label',
  'two_year_recid',
  '--score',
  'decile_score',
  '--threshold',
  '5',
  '--group',
  'race',
];

describe('rampart fairness report', () => {
  it('prints a table per race and writes a self-contained HTML report', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rampart-fairness-'));
    const html = path.join(dir, 'report.html');
    const { code, stdout } = await cli([...reportArgs, '--out', html]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/African-American\s+│ 3696/);
    expect(stdout).toContain('demographic parity');
    const page = await readFile(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script|src="http|href="http/);
  });

  it('writes JSON with overall, by_group and disparities in Fairlearn names', async () => {
    const { stdout } = await cli([...reportArgs, '--format', 'json', '--privileged', 'Caucasian']);
    const json = JSON.parse(stdout) as {
      overall: { count: number };
      by_group: Record<string, { false_positive_rate: number }>;
      disparities: { privileged_comparison: unknown };
    };
    expect(json.overall.count).toBe(7214);
    expect(json.by_group['African-American']?.false_positive_rate).toBeCloseTo(805 / 1795, 15);
    expect(json.disparities.privileged_comparison).toBeDefined();
  });

  it('exits 2 with FAIRNESS_COLUMN_NOT_FOUND for a missing column', async () => {
    const { code, stderr } = await cli([
      'fairness',
      'report',
      '--data',
      compas,
      '--label',
      'nope',
      '--prediction',
      'is_recid',
      '--group',
      'race',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('FAIRNESS_COLUMN_NOT_FOUND');
  });
});

describe('rampart fairness mitigate and apply', () => {
  it('fits a threshold rule and applies it to scores reproducibly', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rampart-fairness-'));
    const rule = path.join(dir, 'rule.json');
    const small = path.join(dir, 'small.csv');
    await writeFile(small, 'g,y,s\na,0,1\na,1,3\na,0,2\na,1,4\nb,0,2\nb,1,2\nb,0,1\nb,1,3\n');
    expect(
      (
        await cli([
          'fairness',
          'mitigate',
          '--data',
          small,
          '--label',
          'y',
          '--group',
          'g',
          '--method',
          'threshold',
          '--score',
          's',
          '--out',
          rule,
        ])
      ).code,
    ).toBe(0);
    const first = await cli([
      'fairness',
      'apply',
      '--data',
      small,
      '--rule',
      rule,
      '--score',
      's',
      '--group',
      'g',
      '--seed',
      '3',
    ]);
    const second = await cli([
      'fairness',
      'apply',
      '--data',
      small,
      '--rule',
      rule,
      '--score',
      's',
      '--group',
      'g',
      '--seed',
      '3',
    ]);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout.split('\n')[0]).toBe('g,y,s,probability,prediction');
  });

  it('adds a reweighing weight column', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rampart-fairness-'));
    const small = path.join(dir, 'small.jsonl');
    const out = path.join(dir, 'weighted.csv');
    await writeFile(
      small,
      [
        '{"g":"a","y":1}',
        '{"g":"a","y":0}',
        '{"g":"a","y":1}',
        '{"g":"b","y":0}',
        '{"g":"b","y":1}',
      ].join('\n'),
    );
    expect(
      (
        await cli([
          'fairness',
          'mitigate',
          '--data',
          small,
          '--label',
          'y',
          '--group',
          'g',
          '--out',
          out,
        ])
      ).code,
    ).toBe(0);
    const weights = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.split(',')[2]));
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(5, 12);
  });
});

describe('rampart explain', () => {
  it('prints Shapley values and global importance for a logistic model', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rampart-fairness-'));
    const model = path.join(dir, 'model.json');
    const data = path.join(dir, 'rows.csv');
    await writeFile(
      model,
      JSON.stringify({
        kind: 'logistic',
        feature_names: ['a', 'b'],
        intercept: 0,
        coefficients: [2, -1],
      }),
    );
    await writeFile(data, 'a,b,y\n1,0,1\n0,1,0\n2,2,1\n-1,0,0\n');
    const { code, stdout } = await cli([
      '--json',
      'explain',
      '--model',
      model,
      '--data',
      data,
      '--label',
      'y',
      '--pd',
      'b',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      global_importance: { feature: string }[];
      rows: unknown[];
      permutation_importance: unknown[];
      partial_dependence: unknown;
    };
    expect(json.rows).toHaveLength(4);
    expect(json.global_importance[0]?.feature).toBe('a');
    expect(json.permutation_importance).toHaveLength(2);
    expect(json.partial_dependence).toEqual([
      { feature: 'b', grid: [0, 1, 2], values: expect.any(Array) as unknown },
    ]);
  });
});

describe('rampart fairness report options', () => {
  it('rejects a privileged group that is not in the data with FAIRNESS_UNKNOWN_GROUP', async () => {
    const { code, stderr } = await cli([...reportArgs, '--privileged', 'White']);
    expect(code).toBe(2);
    expect(stderr).toContain('FAIRNESS_UNKNOWN_GROUP');
  });

  it('rejects both a prediction and a score with FAIRNESS_INVALID_OPTIONS', async () => {
    const { code, stderr } = await cli([...reportArgs, '--prediction', 'is_recid']);
    expect(code).toBe(2);
    expect(stderr).toContain('FAIRNESS_INVALID_OPTIONS');
  });
});
