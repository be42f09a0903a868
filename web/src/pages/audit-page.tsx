import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { getJson } from '../api.js';
import { ErrorAlert } from '../error-alert.js';

interface AuditRecord {
  readonly seq: number;
  readonly time: string;
  readonly actorLabel: string;
  readonly clientIp: string | null;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly project: string | null;
  readonly outcome: string;
}

interface VerifyReport {
  readonly ok: boolean;
  readonly records: number;
  readonly checkpoints: number;
  readonly rootHash: string;
  readonly problems: readonly { kind: string; reason: string; seq?: number; id?: number }[];
}

const outcomeColor: Record<string, string> = { allowed: 'green', denied: 'red', failed: 'orange' };

/** The tamper-evident audit log: newest records, filters, and a server-side verification. */
export function AuditPage() {
  const [records, setRecords] = useState<readonly AuditRecord[]>([]);
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [verify, setVerify] = useState<VerifyReport | undefined>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => {
    setError(undefined);
    try {
      const query: Record<string, string> = { limit: '5000' };
      if (action !== '') query['action'] = action;
      if (actor !== '') query['actor'] = actor;
      const all = await getJson<AuditRecord[]>('/api/v1/audit/records', query);
      setRecords(all.slice(-200).reverse());
    } catch (err) {
      setError(err);
    }
  }, [action, actor]);
  useEffect(() => void load(), [load]);
  const runVerify = async () => {
    try {
      setVerify(await getJson<VerifyReport>('/api/v1/audit/verify'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Stack>
      <Title order={2}>Audit log</Title>
      <Group align="end">
        <TextInput
          label="Action"
          placeholder="e.g. guard.check"
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
        />
        <TextInput
          label="Actor"
          placeholder="email or token id"
          value={actor}
          onChange={(e) => setActor(e.currentTarget.value)}
        />
        <Button variant="light" onClick={() => void load()}>
          Refresh
        </Button>
        <Button onClick={() => void runVerify()}>Verify log</Button>
      </Group>
      <ErrorAlert error={error} />
      {verify !== undefined && (
        <Card withBorder>
          <Group>
            <Badge size="lg" color={verify.ok ? 'green' : 'red'} data-testid="audit-verify">
              {verify.ok ? 'intact' : 'TAMPERED'}
            </Badge>
            <Text size="sm">
              {verify.records} records, {verify.checkpoints} signed checkpoints, root{' '}
              {verify.rootHash.slice(0, 16)}…
            </Text>
          </Group>
          {verify.problems.slice(0, 5).map((p, i) => (
            <Text key={i} c="red" size="sm">
              {p.kind} {p.seq ?? p.id ?? ''}: {p.reason}
            </Text>
          ))}
        </Card>
      )}
      <Table striped data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>time</Table.Th>
            <Table.Th>actor</Table.Th>
            <Table.Th>action</Table.Th>
            <Table.Th>resource</Table.Th>
            <Table.Th>outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => (
            <Table.Tr key={r.seq}>
              <Table.Td>{r.seq}</Table.Td>
              <Table.Td>{r.time.replace('T', ' ').slice(0, 19)}</Table.Td>
              <Table.Td>
                {r.actorLabel}
                {r.clientIp !== null && (
                  <Text size="xs" c="dimmed">
                    {r.clientIp}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.action}</Table.Td>
              <Table.Td>
                {r.resourceType}
                {r.resourceId !== null ? ` ${r.resourceId}` : ''}
                {r.project !== null ? ` (${r.project})` : ''}
              </Table.Td>
              <Table.Td>
                <Badge color={outcomeColor[r.outcome] ?? 'gray'} variant="light">
                  {r.outcome}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
