import {
  Button,
  Card,
  FileInput,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { parse } from 'csv-parse/browser/esm/sync';
import { useState } from 'react';
import type { FairnessReportResponse } from '../../../src/contracts/fairness.js';
import { postJson } from '../api.js';
import { ErrorAlert } from '../error-alert.js';

type Row = Record<string, string | number>;

const MAX_BYTES = 50 * 1024 * 1024;

function toRows(text: string): { columns: string[]; rows: Row[] } {
  const records = parse(text, { columns: true, skip_empty_lines: true, cast: true }) as Row[];
  return { columns: Object.keys(records[0] ?? {}), rows: records };
}

/** Upload a CSV of outcomes and predictions, pick the columns, read the fairness report. */
export function FairnessPage() {
  const [table, setTable] = useState<{ columns: string[]; rows: Row[] } | undefined>();
  const [label, setLabel] = useState<string | null>(null);
  const [score, setScore] = useState<string | null>(null);
  const [threshold, setThreshold] = useState<number | string>(0.5);
  const [groups, setGroups] = useState<string[]>([]);
  const [html, setHtml] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const load = async (file: File | null) => {
    setError(undefined);
    setHtml(undefined);
    if (file === null) return setTable(undefined);
    if (file.size > MAX_BYTES)
      return setError(
        new Error('The file is over 50 MB; use `rampart fairness report` for large tables.'),
      );
    try {
      setTable(toRows(await file.text()));
    } catch (err) {
      setError(err);
    }
  };
  const report = async () => {
    if (table === undefined || label === null || score === null) return;
    setBusy(true);
    setError(undefined);
    try {
      const isBinary = table.rows.every((r) => r[score] === 0 || r[score] === 1);
      const answer = await postJson<FairnessReportResponse>('/api/v1/fairness/report', {
        rows: table.rows,
        label,
        ...(isBinary ? { prediction: score } : { score, threshold: Number(threshold) }),
        groups,
        format: 'html',
      });
      setHtml(answer.html);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const columns = table?.columns ?? [];
  return (
    <Stack>
      <Title order={2}>Fairness</Title>
      <Text c="dimmed">
        Group metrics with confidence intervals, disparities (Fairlearn names), disparate impact and
        calibration.
      </Text>
      <FileInput
        label="Table (CSV with a header row)"
        accept=".csv,text/csv"
        onChange={(f) => void load(f)}
        w={360}
        data-testid="fairness-file"
      />
      {table !== undefined && (
        <Group align="end">
          <Select label="Label (0/1)" data={columns} value={label} onChange={setLabel} searchable />
          <Select
            label="Prediction or score"
            data={columns}
            value={score}
            onChange={setScore}
            searchable
          />
          <NumberInput
            label="Threshold (for scores)"
            value={threshold}
            onChange={setThreshold}
            w={160}
          />
          <MultiSelect
            label="Group columns"
            data={columns}
            value={groups}
            onChange={setGroups}
            maxValues={4}
            w={280}
          />
          <Button
            onClick={() => void report()}
            loading={busy}
            disabled={label === null || score === null || groups.length === 0}
          >
            Report
          </Button>
        </Group>
      )}
      {table !== undefined && <Text size="sm">{table.rows.length.toLocaleString()} rows</Text>}
      <ErrorAlert error={error} />
      {html !== undefined && (
        <Card withBorder p={0}>
          <iframe
            title="fairness report"
            srcDoc={html}
            sandbox=""
            style={{ width: '100%', height: '80vh', border: 0 }}
            data-testid="fairness-report"
          />
        </Card>
      )}
    </Stack>
  );
}
