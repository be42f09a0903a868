import { describe, expect, it } from 'vitest';
import { buildFairnessReport } from './fairness-report.js';
import { renderModelCard } from './model-card.js';
import { renderHtmlReport } from './report-html.js';
import { reportJson } from './report-json.js';
import { tableFromRecords } from './table-loader.js';

const hostile = '<img src=x onerror=alert(1)>';
const rows = Array.from({ length: 60 }, (_, i) => ({
  g: i % 3 === 0 ? hostile : i % 3 === 1 ? 'b' : 'c|d',
  y: i % 2,
  s: (i * 7) % 10,
}));
const report = buildFairnessReport(tableFromRecords(rows), {
  label: 'y',
  score: 's',
  threshold: 5,
  groupColumns: ['g'],
  proxyFeatures: ['s'],
});

describe('renderHtmlReport', () => {
  it('escapes group names and stays self-contained', () => {
    const html = renderHtmlReport(report, { title: 'T <b>' });
    expect(html).not.toContain(hostile);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<link|<img|src="http/);
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(5);
  });
});

describe('reportJson', () => {
  it('writes undefined rates as null, never NaN', () => {
    const text = JSON.stringify(reportJson(report));
    expect(text).not.toContain('NaN');
    expect(Object.keys((JSON.parse(text) as { by_group: object }).by_group)).toHaveLength(3);
  });
});

describe('renderModelCard', () => {
  it('gathers the group table and escapes pipes in group names', () => {
    const card = renderModelCard({ modelName: 'risk', version: '3', fairness: report });
    expect(card.startsWith('# Model card: risk (version 3)')).toBe(true);
    expect(card).toContain('| c\\|d ⚠ |');
    expect(card).not.toContain(hostile);
    expect(card).toContain('Demographic parity difference');
  });
});
