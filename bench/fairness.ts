/**
 * `npm run bench -- fairness`: all section-3 group metrics on UCI Adult (sex, race, sex|race) and
 * on a generated 1,000,000-row table with five groups, and 1,000 bootstrap resamples on Adult.
 * Python/Fairlearn is not available here, so the baseline is the way a generic dataframe library
 * computes a MetricFrame: filter the rows of each group, then count each metric over them.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bootstrapSummary } from '../src/fairness/engine/bootstrap.js';
import { encodeGroups } from '../src/fairness/engine/group-encoding.js';
import { computeGroupMetrics } from '../src/fairness/engine/group-metrics.js';
import { createPrng } from '../src/fairness/engine/prng.js';
import {
  loadTable,
  numberColumn,
  textColumn,
  type Table,
} from '../src/fairness/engine/table-loader.js';
import { sharedDataPath } from './shared-data.js';

const ADULT_COLUMNS = [
  'age',
  'workclass',
  'fnlwgt',
  'education',
  'education-num',
  'marital-status',
  'occupation',
  'relationship',
  'race',
  'sex',
  'capital-gain',
  'capital-loss',
  'hours-per-week',
  'native-country',
  'income',
];

interface Row {
  readonly group: string;
  readonly y: number;
  readonly p: number;
}

/** The baseline: per group, filter the rows, then one filter-and-count per quantity. */
function baselineMetrics(rows: readonly Row[]): Record<string, Record<string, number>> {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  const rates = (sub: readonly Row[]): Record<string, number> => {
    const tp = sub.filter((r) => r.y === 1 && r.p === 1).length;
    const fp = sub.filter((r) => r.y === 0 && r.p === 1).length;
    const tn = sub.filter((r) => r.y === 0 && r.p === 0).length;
    const fn = sub.filter((r) => r.y === 1 && r.p === 0).length;
    const n = sub.length;
    return {
      selection_rate: (tp + fp) / n,
      base_rate: (tp + fn) / n,
      true_positive_rate: tp / (tp + fn),
      false_positive_rate: fp / (fp + tn),
      false_negative_rate: fn / (tp + fn),
      true_negative_rate: tn / (tn + fp),
      precision: tp / (tp + fp),
      negative_predictive_value: tn / (tn + fn),
      accuracy: (tp + tn) / n,
    };
  };
  const byGroup = Object.fromEntries(
    groups.map((g) => [g, rates(rows.filter((r) => r.group === g))]),
  );
  const overall = rates(rows);
  const disparities: Record<string, number> = {};
  for (const metric of Object.keys(overall)) {
    const values = groups.map((g) => byGroup[g]?.[metric] ?? NaN);
    disparities[`${metric}_difference`] = Math.max(...values) - Math.min(...values);
    disparities[`${metric}_ratio`] = Math.min(...values) / Math.max(...values);
  }
  return { ...byGroup, overall, disparities };
}

function timeMs(fn: () => unknown, repeats: number): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function loadAdult(): Promise<Table> {
  const parts = await Promise.all(
    ['adult.data', 'adult.test'].map((f) =>
      loadTable(readFileSync(sharedDataPath('fairness', f)), {
        format: 'csv',
        columnNames: ADULT_COLUMNS,
      }),
    ),
  );
  const columns = new Map<string, string[]>();
  for (const name of ADULT_COLUMNS)
    columns.set(
      name,
      parts.flatMap((p) => [...(p.columns.get(name) ?? [])]),
    );
  return { columnNames: ADULT_COLUMNS, nRows: parts.reduce((s, p) => s + p.nRows, 0), columns };
}

const adult = await loadAdult();
const yTrue = Uint8Array.from(textColumn(adult, 'income'), (v) =>
  v.replace(/\.$/, '') === '>50K' ? 1 : 0,
);
const [age, edu, gain, loss, hours] = [
  'age',
  'education-num',
  'capital-gain',
  'capital-loss',
  'hours-per-week',
].map((c) => numberColumn(adult, c));
const yPred = Uint8Array.from({ length: adult.nRows }, (_, i) =>
  -8.26 +
    0.0422 * age![i]! +
    0.3223 * edu![i]! +
    0.00032 * gain![i]! +
    0.00068 * loss![i]! +
    0.0401 * hours![i]! >
  0
    ? 1
    : 0,
);
const sex = textColumn(adult, 'sex');
const race = textColumn(adult, 'race');

const adultOurs = timeMs(() => {
  computeGroupMetrics({ yTrue, yPred, groups: encodeGroups([sex]) }, { privileged: 'Male' });
  computeGroupMetrics(
    { yTrue, yPred, groups: encodeGroups([race]) },
    { privileged: 'White', unprivileged: 'Black' },
  );
  computeGroupMetrics({ yTrue, yPred, groups: encodeGroups([sex, race]) });
}, 9);
const adultGroupings = [
  encodeGroups([sex]),
  encodeGroups([race]),
  encodeGroups([sex, race]),
] as const;
const adultOursCodes = timeMs(() => {
  computeGroupMetrics({ yTrue, yPred, groups: adultGroupings[0] }, { privileged: 'Male' });
  computeGroupMetrics(
    { yTrue, yPred, groups: adultGroupings[1] },
    { privileged: 'White', unprivileged: 'Black' },
  );
  computeGroupMetrics({ yTrue, yPred, groups: adultGroupings[2] });
}, 9);
const adultRows = (key: (i: number) => string): Row[] =>
  Array.from({ length: adult.nRows }, (_, i) => ({
    group: key(i),
    y: yTrue[i] as number,
    p: yPred[i] as number,
  }));
const adultBaseline = timeMs(() => {
  baselineMetrics(adultRows((i) => sex[i] as string));
  baselineMetrics(adultRows((i) => race[i] as string));
  baselineMetrics(adultRows((i) => `${sex[i]}|${race[i]}`));
}, 5);

// 1,000,000 rows, five groups of unequal size and different base and selection rates (seeded).
const N = 1_000_000;
const random = createPrng(2024);
const groupNames = ['A', 'B', 'C', 'D', 'E'];
const bigGroup: string[] = new Array<string>(N);
const bigY = new Uint8Array(N);
const bigP = new Uint8Array(N);
for (let i = 0; i < N; i++) {
  const u = random();
  const g = u < 0.4 ? 0 : u < 0.65 ? 1 : u < 0.85 ? 2 : u < 0.95 ? 3 : 4;
  bigGroup[i] = groupNames[g] as string;
  bigY[i] = random() < 0.2 + 0.08 * g ? 1 : 0;
  bigP[i] = random() < (bigY[i] === 1 ? 0.7 - 0.05 * g : 0.1 + 0.03 * g) ? 1 : 0;
}
const bigGroups = encodeGroups([bigGroup]);
const bigOursWithEncoding = timeMs(
  () =>
    computeGroupMetrics(
      { yTrue: bigY, yPred: bigP, groups: encodeGroups([bigGroup]) },
      { privileged: 'A' },
    ),
  5,
);
const bigOurs = timeMs(
  () => computeGroupMetrics({ yTrue: bigY, yPred: bigP, groups: bigGroups }, { privileged: 'A' }),
  9,
);
const bigRows: Row[] = Array.from({ length: N }, (_, i) => ({
  group: bigGroup[i] as string,
  y: bigY[i] as number,
  p: bigP[i] as number,
}));
const bigBaseline = timeMs(() => baselineMetrics(bigRows), 3);

// 1,000 bootstrap resamples of the demographic parity and equalized odds differences by sex.
const sexGroups = encodeGroups([sex]);
const bootOurs = timeMs(
  () => bootstrapSummary({ yTrue, yPred, groups: sexGroups }, { resamples: 1000, seed: 1 }),
  3,
);
const sexRows = adultRows((i) => sex[i] as string);
const baselineResamples = 50;
const bootBaseline =
  (timeMs(() => {
    const r = createPrng(1);
    for (let b = 0; b < baselineResamples; b++) {
      const sample = Array.from(
        { length: sexRows.length },
        () => sexRows[Math.floor(r() * sexRows.length)] as Row,
      );
      baselineMetrics(sample);
    }
  }, 1) *
    1000) /
  baselineResamples;

const interval = bootstrapSummary(
  { yTrue, yPred, groups: sexGroups },
  { resamples: 1000, seed: 1 },
)[0];
const fmt = (ms: number): string =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
const rows = [
  [
    'Adult 48,842 rows: sex, race, sex|race (codes ready)',
    fmt(adultOursCodes),
    fmt(adultBaseline),
    `${(adultBaseline / adultOursCodes).toFixed(0)}×`,
    '< 50 ms',
  ],
  [
    'Adult 48,842 rows: sex, race, sex|race (incl. encoding strings)',
    fmt(adultOurs),
    fmt(adultBaseline),
    `${(adultBaseline / adultOurs).toFixed(0)}×`,
    '< 50 ms',
  ],
  [
    '1,000,000 rows, 5 groups (codes ready)',
    fmt(bigOurs),
    fmt(bigBaseline),
    `${(bigBaseline / bigOurs).toFixed(0)}×`,
    '< 1 s',
  ],
  [
    '1,000,000 rows, 5 groups (incl. encoding strings)',
    fmt(bigOursWithEncoding),
    fmt(bigBaseline),
    `${(bigBaseline / bigOursWithEncoding).toFixed(0)}×`,
    '< 1 s',
  ],
  [
    `1,000 bootstrap resamples, Adult by sex (baseline: ${baselineResamples} run, ×${1000 / baselineResamples})`,
    fmt(bootOurs),
    fmt(bootBaseline),
    `${(bootBaseline / bootOurs).toFixed(0)}×`,
    '< 5 s',
  ],
];
console.log(
  `fairness bench — node ${process.version}; median of repeated runs; baseline = per-group filter-and-count over row objects`,
);
const widths = [0, 1, 2, 3, 4].map((c) =>
  Math.max(
    ...[['task', 'rampart', 'baseline', 'speed-up', 'target'], ...rows].map(
      (r) => (r[c] as string).length,
    ),
  ),
);
for (const r of [['task', 'rampart', 'baseline', 'speed-up', 'target'], ...rows])
  console.log(r.map((c, k) => c.padEnd(widths[k] as number)).join('  '));
console.log(
  `bootstrap 95% interval of the demographic parity difference by sex: ${interval?.lower.toFixed(4)}–${interval?.upper.toFixed(4)} (estimate ${interval?.estimate.toFixed(4)})`,
);
