import {
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type {
  AssetDetail,
  AssetView,
  VersionDetail,
  VersionView,
} from '../../../src/contracts/registry.js';
import { getJson, postJson } from '../api.js';
import { ErrorAlert } from '../error-alert.js';

type Asset = z.infer<typeof AssetView>;
type Detail = z.infer<typeof AssetDetail>;
type Version = z.infer<typeof VersionView>;
type VersionFull = z.infer<typeof VersionDetail>;
type Kind = 'model' | 'dataset';

const scanColor: Record<string, string> = {
  clean: 'green',
  flagged: 'red',
  unscanned: 'gray',
  error: 'orange',
};
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** Models and datasets: list, then an asset's versions, stages, lineage, scan findings, signature. */
export function RegistryPage() {
  const [kind, setKind] = useState<Kind>('model');
  const [assets, setAssets] = useState<readonly Asset[]>([]);
  const [selected, setSelected] = useState<Asset | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setSelected(undefined);
    getJson<Asset[]>(`/api/v1/${kind}s`).then(setAssets, setError);
  }, [kind]);
  return (
    <Stack>
      <Title order={2}>Registry</Title>
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        data={[
          { value: 'model', label: 'Models' },
          { value: 'dataset', label: 'Datasets' },
        ]}
        w={240}
      />
      <ErrorAlert error={error} />
      {selected === undefined ? (
        <Table striped data-testid="asset-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>name</Table.Th>
              <Table.Th>project</Table.Th>
              <Table.Th>versions</Table.Th>
              <Table.Th>stages</Table.Th>
              <Table.Th>risk</Table.Th>
              <Table.Th>owner</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assets.map((a) => (
              <Table.Tr key={`${a.project}/${a.name}`}>
                <Table.Td>
                  <Anchor component="button" onClick={() => setSelected(a)}>
                    {a.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.project}</Table.Td>
                <Table.Td>{a.versionCount}</Table.Td>
                <Table.Td>
                  {a.stages.map((s) => `${s.stage}→v${String(s.version)}`).join(', ')}
                </Table.Td>
                <Table.Td>{a.riskTier}</Table.Td>
                <Table.Td>{a.owner}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <AssetPanel kind={kind} asset={selected} onBack={() => setSelected(undefined)} />
      )}
      {selected === undefined && assets.length === 0 && (
        <Text c="dimmed">
          Nothing registered yet. Push one with `rampart {kind}s push NAME PATH`.
        </Text>
      )}
    </Stack>
  );
}

function AssetPanel({ kind, asset, onBack }: { kind: Kind; asset: Asset; onBack: () => void }) {
  const base = `/api/v1/projects/${encodeURIComponent(asset.project)}/${kind}s/${encodeURIComponent(asset.name)}`;
  const [detail, setDetail] = useState<Detail | undefined>();
  const [versions, setVersions] = useState<readonly Version[]>([]);
  const [version, setVersion] = useState<VersionFull | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    getJson<Detail>(base).then(setDetail, setError);
    getJson<Version[]>(`${base}/versions`).then(setVersions, setError);
  }, [base]);
  const open = (n: number) =>
    getJson<VersionFull>(`${base}/versions/${String(n)}`).then(setVersion, setError);
  return (
    <Stack>
      <Group>
        <Anchor component="button" onClick={onBack}>
          ← all {kind}s
        </Anchor>
        <Title order={3} data-testid="asset-name">
          {asset.project}/{asset.name}
        </Title>
        <Badge variant="light">{asset.riskTier}</Badge>
      </Group>
      {detail !== undefined && detail.description !== '' && <Text>{detail.description}</Text>}
      <ErrorAlert error={error} />
      <Table striped data-testid="version-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>version</Table.Th>
            <Table.Th>status</Table.Th>
            <Table.Th>scan</Table.Th>
            <Table.Th>stages</Table.Th>
            <Table.Th>size</Table.Th>
            <Table.Th>created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.version}>
              <Table.Td>
                <Anchor component="button" onClick={() => void open(v.version)}>
                  v{v.version}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge color={v.status === 'quarantined' ? 'red' : 'green'} variant="light">
                  {v.status}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Badge
                  color={scanColor[v.scan.status] ?? 'gray'}
                  variant="light"
                  data-testid={`scan-${String(v.version)}`}
                >
                  {v.scan.status}
                </Badge>
              </Table.Td>
              <Table.Td>{v.stages.join(', ')}</Table.Td>
              <Table.Td>{mib(v.totalBytes)}</Table.Td>
              <Table.Td>
                {v.createdAt.slice(0, 19).replace('T', ' ')} by {v.createdBy}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {detail !== undefined && detail.history.length > 0 && (
        <Text size="sm" c="dimmed">
          Stage history:{' '}
          {detail.history
            .map(
              (h) =>
                `${h.at.slice(0, 16)} ${h.action} ${h.stage} v${String(h.fromVersion ?? '–')}→v${String(h.toVersion ?? '–')} by ${h.actor}`,
            )
            .join(' · ')}
        </Text>
      )}
      {version !== undefined && (
        <VersionCard
          version={version}
          kind={kind}
          base={`${base}/versions/${String(version.version)}`}
        />
      )}
    </Stack>
  );
}

function VersionCard({ version, kind, base }: { version: VersionFull; kind: Kind; base: string }) {
  const [extra, setExtra] = useState<{ title: string; text: string } | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => setExtra(undefined), [base]);
  const showCard = async () => {
    try {
      const response = await fetch(`${base}/model-card`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`model card: HTTP ${String(response.status)}`);
      setExtra({ title: 'Model card', text: await response.text() });
    } catch (err) {
      setError(err);
    }
  };
  const scanPii = async () => {
    try {
      const report = await postJson<{
        totals: Record<string, number>;
        files: { path: string; format: string; rows: number }[];
      }>(`${base}/pii-scan`, {});
      const lines = [
        ...report.files.map((f) => `${f.path}: ${f.format}, ${String(f.rows)} rows`),
        '',
        ...Object.entries(report.totals).map(([t, n]) => `${t}: ${String(n)}`),
      ];
      setExtra({ title: 'PII report (stored with the version)', text: lines.join('\n') });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Card withBorder data-testid="version-detail">
      <Stack gap="xs">
        <Group>
          <Title order={4}>v{version.version}</Title>
          <Badge color={version.signature.verified ? 'green' : 'red'} data-testid="signature">
            {version.signature.verified ? 'signature verified' : 'signature INVALID'}
          </Badge>
          {version.statusReason !== null && <Text c="red">{version.statusReason}</Text>}
        </Group>
        <Text size="sm">manifest {version.manifestDigest}</Text>
        <Group>
          {kind === 'model' ? (
            <Button size="xs" variant="light" onClick={() => void showCard()}>
              Model card
            </Button>
          ) : (
            <Button size="xs" variant="light" onClick={() => void scanPii()}>
              Scan for PII
            </Button>
          )}
        </Group>
        <ErrorAlert error={error} />
        {extra !== undefined && (
          <Card withBorder data-testid="version-extra">
            <Text fw={700}>{extra.title}</Text>
            <Code block style={{ whiteSpace: 'pre-wrap' }}>
              {extra.text}
            </Code>
          </Card>
        )}
        {version.trainedOn.length > 0 && (
          <Text size="sm">
            trained on:{' '}
            {version.trainedOn.map((d) => `${d.project}/${d.name}@${String(d.version)}`).join(', ')}
          </Text>
        )}
        {version.scan.findings.length > 0 && (
          <Table>
            <Table.Tbody>
              {version.scan.findings.map((f, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{f.severity}</Table.Td>
                  <Table.Td>{f.file}</Table.Td>
                  <Table.Td>{f.rule}</Table.Td>
                  <Table.Td>{f.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Table>
          <Table.Tbody>
            {version.files.map((f) => (
              <Table.Tr key={f.path}>
                <Table.Td>{f.path}</Table.Td>
                <Table.Td>{mib(f.size)}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {f.sha256}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
