import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { GuardCheckResult } from '../../../src/contracts/guard.js';
import { postJson } from '../api.js';
import { ErrorAlert } from '../error-alert.js';
import { HighlightedText } from '../highlighted-text.js';

/** Check a prompt, document or model output for prompt injection (`POST /api/v1/guard/check`). */
export function GuardPage() {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('prompt');
  const [preset, setPreset] = useState('balanced');
  const [checked, setChecked] = useState<{ text: string; result: GuardCheckResult } | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setChecked({
        text,
        result: await postJson<GuardCheckResult>('/api/v1/guard/check', { text, kind, preset }),
      });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <Title order={2}>Prompt guard</Title>
      <Text c="dimmed">
        Detects prompt injection, jailbreaks, system-prompt extraction and exfiltration, in 15+
        languages and through encodings.
      </Text>
      <Group>
        <SegmentedControl value={kind} onChange={setKind} data={['prompt', 'document', 'output']} />
        <SegmentedControl
          value={preset}
          onChange={setPreset}
          data={['strict', 'balanced', 'permissive']}
        />
      </Group>
      <Textarea
        label="Text"
        autosize
        minRows={5}
        maxRows={16}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="guard-text"
      />
      <Group>
        <Button onClick={() => void check()} loading={busy} disabled={text === ''}>
          Check
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {checked !== undefined && (
        <Card withBorder>
          <Stack>
            <Group>
              <Badge
                size="lg"
                color={checked.result.flagged ? 'red' : 'green'}
                data-testid="guard-verdict"
              >
                {checked.result.flagged ? 'flagged' : 'not flagged'}
              </Badge>
              <Text>
                score {checked.result.score.toFixed(3)} (threshold{' '}
                {checked.result.threshold.toFixed(2)})
              </Text>
              {checked.result.categories.map((c) => (
                <Badge key={c} variant="light">
                  {c}
                </Badge>
              ))}
            </Group>
            {checked.result.spans.length > 0 && (
              <HighlightedText
                text={checked.text}
                spans={checked.result.spans.map((s) => ({
                  start: s.start,
                  end: s.end,
                  label: s.category,
                }))}
              />
            )}
            {checked.result.reasons.length > 0 && (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>rule</Table.Th>
                    <Table.Th>category</Table.Th>
                    <Table.Th>why</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {checked.result.reasons.map((r, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{r.rule}</Table.Td>
                      <Table.Td>{r.category}</Table.Td>
                      <Table.Td>{r.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
