import { Alert, AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { areas } from './areas.js';
import { LoginPage } from './pages/login-page.js';
import { SessionProvider, useSession } from './session.js';

function currentAreaId(): string {
  const id = window.location.hash.replace(/^#\/?/, '');
  return areas.some((a) => a.id === id) ? id : 'status';
}

function Shell() {
  const [opened, { toggle }] = useDisclosure();
  const [areaId, setAreaId] = useState(currentAreaId);
  const { session, logout, can } = useSession();
  useEffect(() => {
    const onHash = () => setAreaId(currentAreaId());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const area = areas.find((a) => a.id === areaId) ?? areas[0];
  const signedIn = session?.authenticated === true;
  let main = area?.render();
  if (area?.permission !== undefined && session !== undefined) {
    if (!signedIn) main = <LoginPage />;
    else if (!can(area.permission))
      main = (
        <Alert color="yellow" title="PERMISSION_DENIED">
          Your roles do not grant {area.permission}. Ask an administrator for a role binding that
          does.
        </Alert>
      );
  }
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Title order={3}>Rampart</Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              security for the AI systems you run
            </Text>
          </Group>
          <Group>
            <Text component="a" href="/api/docs" size="sm">
              API reference
            </Text>
            {signedIn && (
              <>
                <Text size="sm" data-testid="signed-in-as">
                  {session.label}
                </Text>
                <Button size="xs" variant="light" onClick={() => void logout()}>
                  Sign out
                </Button>
              </>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Areas">
        {areas.map((a) => (
          <NavLink key={a.id} href={`#/${a.id}`} label={a.label} active={a.id === area?.id} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{main}</AppShell.Main>
    </AppShell>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}
