import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { postJson } from '../api.js';
import { ErrorAlert } from '../error-alert.js';
import { HighlightedText } from '../highlighted-text.js';

interface Finding {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** Find PII and secrets in text and mask them (`/api/v1/pii/scan`, `/api/v1/pii/mask`). */
export function PrivacyPage() {
  const [text, setText] = useState('');
  const [scanned, setScanned] = useState<
    { text: string; findings: readonly Finding[] } | undefined
  >();
  const [masked, setMasked] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const run = async (what: 'scan' | 'mask') => {
    setError(undefined);
    try {
      if (what === 'scan') {
        const answer = await postJson<{ findings: Finding[] }>('/api/v1/pii/scan', { text });
        setScanned({ text, findings: answer.findings });
      } else {
        setMasked((await postJson<{ text: string }>('/api/v1/pii/mask', { text })).text);
      }
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Stack>
      <Title order={2}>Privacy</Title>
      <Text c="dimmed">
        Finds names, contact data, card and bank numbers, national ids and secrets; masks them with
        the default policy.
      </Text>
      <Textarea
        label="Text"
        autosize
        minRows={5}
        maxRows={16}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="pii-text"
      />
      <Group>
        <Button onClick={() => void run('scan')} disabled={text === ''}>
          Find PII
        </Button>
        <Button variant="light" onClick={() => void run('mask')} disabled={text === ''}>
          Mask
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {scanned !== undefined && (
        <Card withBorder>
          <Stack>
            <Group>
              <Text fw={700} data-testid="pii-count">
                {scanned.findings.length} finding(s)
              </Text>
              {[...new Set(scanned.findings.map((f) => f.type))].map((t) => (
                <Badge key={t} variant="light">
                  {t}
                </Badge>
              ))}
            </Group>
            <HighlightedText
              text={scanned.text}
              spans={scanned.findings.map((f) => ({
                start: f.start,
                end: f.end,
                label: `${f.type} ${f.score.toFixed(2)}`,
              }))}
            />
          </Stack>
        </Card>
      )}
      {masked !== undefined && (
        <Card withBorder>
          <Text fw={700}>Masked</Text>
          <HighlightedText text={masked} spans={[]} />
        </Card>
      )}
    </Stack>
  );
}
