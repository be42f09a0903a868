import { Alert, Badge, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { StatusResponse } from '../../../src/contracts/system.js';
import { ApiError, getJson } from '../api.js';

type State =
  | { kind: 'loading' }
  | { kind: 'ok'; status: StatusResponse }
  | { kind: 'error'; error: ApiError | Error };

/** Version, readiness and database kind of the server, refreshed every 10 s. */
export function StatusPage() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () =>
      getJson<StatusResponse>('/api/v1/status').then(
        (status) => live && setState({ kind: 'ok', status }),
        (error: unknown) =>
          live &&
          setState({
            kind: 'error',
            error: error instanceof Error ? error : new Error(String(error)),
          }),
      );
    void load();
    const timer = setInterval(() => void load(), 10_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  return (
    <Stack>
      <Title order={2}>Status</Title>
      {state.kind === 'loading' && <Loader aria-label="loading" />}
      {state.kind === 'error' && (
        <Alert color="red" title="The server did not answer">
          {state.error.message}
        </Alert>
      )}
      {state.kind === 'ok' && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Card withBorder>
            <Text c="dimmed" size="sm">
              Version
            </Text>
            <Text size="xl" fw={700} data-testid="version">
              {state.status.version}
            </Text>
          </Card>
          <Card withBorder>
            <Text c="dimmed" size="sm">
              Health
            </Text>
            <Group>
              <Badge color={state.status.ready ? 'green' : 'red'} size="lg" data-testid="health">
                {state.status.ready ? 'ready' : 'not ready'}
              </Badge>
              <Text size="sm" c="dimmed">
                up {state.status.uptimeSeconds} s
              </Text>
            </Group>
          </Card>
          <Card withBorder>
            <Text c="dimmed" size="sm">
              Database
            </Text>
            <Text size="xl" fw={700} data-testid="database">
              {state.status.database.dialect}
            </Text>
            <Text size="sm" c="dimmed">
              {state.status.database.reachable ? 'reachable' : 'unreachable'},{' '}
              {state.status.database.pendingMigrations} pending migrations
            </Text>
          </Card>
        </SimpleGrid>
      )}
    </Stack>
  );
}
