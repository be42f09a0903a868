import type { EntityType } from './entity-types.js';

/** One located finding for SARIF: a text line/column or a table row/column. */
export interface LocatedFinding {
  readonly type: EntityType;
  readonly score: number;
  /** 1-based line in the file (for a CSV: the data row + 1 for the header). */
  readonly line: number;
  /** 1-based column in characters, for text and JSONL. */
  readonly column?: number;
  readonly length?: number;
  /** Table column or JSON field. */
  readonly field?: string;
}

/** SARIF 2.1.0 log with one rule per entity type; messages never contain the value. */
export function toPiiSarif(
  file: string,
  findings: readonly LocatedFinding[],
  version: string,
): Record<string, unknown> {
  const types = [...new Set(findings.map((f) => f.type))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rampart-pii',
            version,
            informationUri: 'https://github.com/rampart/rampart/blob/main/docs/privacy.md',
            rules: types.map((t) => ({
              id: `pii.${t.toLowerCase()}`,
              name: t,
              shortDescription: { text: `${t} found in data` },
              defaultConfiguration: {
                level:
                  t.includes('KEY') || t.includes('TOKEN') || t === 'JWT' || t === 'GENERIC_SECRET'
                    ? 'error'
                    : 'warning',
              },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: `pii.${f.type.toLowerCase()}`,
          level:
            f.type.includes('KEY') ||
            f.type.includes('TOKEN') ||
            f.type === 'JWT' ||
            f.type === 'GENERIC_SECRET'
              ? 'error'
              : 'warning',
          message: {
            text: `${f.type} detected${f.field === undefined ? '' : ` in ${f.field}`} (score ${f.score.toFixed(2)})`,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: file },
                region: {
                  startLine: f.line,
                  ...(f.column === undefined
                    ? {}
                    : { startColumn: f.column, endColumn: f.column + (f.length ?? 0) }),
                },
              },
            },
          ],
          properties: { score: f.score, ...(f.field === undefined ? {} : { field: f.field }) },
        })),
      },
    ],
  };
}
