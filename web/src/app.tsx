import { AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { StatusPage } from './pages/status-page.js';

/** One entry per area of the dashboard; a page is shown by the hash route `#/<id>`. */
interface Area {
  readonly id: string;
  readonly label: string;
  readonly render: () => React.ReactNode;
}

const areas: readonly Area[] = [{ id: 'status', label: 'Status', render: () => <StatusPage /> }];

function currentAreaId(): string {
  const id = window.location.hash.replace(/^#\/?/, '');
  return areas.some((a) => a.id === id) ? id : 'status';
}

export function App() {
  const [opened, { toggle }] = useDisclosure();
  const [areaId, setAreaId] = useState(currentAreaId);
  useEffect(() => {
    const onHash = () => setAreaId(currentAreaId());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const area = areas.find((a) => a.id === areaId) ?? areas[0];
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
          <Text component="a" href="/api/docs" size="sm">
            API reference
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Areas">
        {areas.map((a) => (
          <NavLink key={a.id} href={`#/${a.id}`} label={a.label} active={a.id === area?.id} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{area?.render()}</AppShell.Main>
    </AppShell>
  );
}
