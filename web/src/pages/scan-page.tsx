import { Badge, Button, Card, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ScanReport } from '../../../src/contracts/scanning.js';
import { postFile } from '../api.js';
import { ErrorAlert } from '../error-alert.js';

const verdictColor: Record<string, string> = {
  malicious: 'red',
  suspicious: 'yellow',
  clean: 'green',
  error: 'gray',
};

/** Upload a model file and see the scanner's verdict and findings (`POST /api/v1/scans`). */
export function ScanPage() {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ScanReport | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const scan = async () => {
    if (file === null) return;
    setBusy(true);
    setError(undefined);
    try {
      setReport(await postFile<ScanReport>('/api/v1/scans', file, { filename: file.name }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <Title order={2}>Model scanner</Title>
      <Text c="dimmed">
        Finds code execution hidden in pickle, PyTorch, NumPy, Keras, ONNX, safetensors and GGUF
        files. Nothing is loaded or run.
      </Text>
      <Group align="end">
        <FileInput
          label="Model file"
          placeholder="choose a file"
          value={file}
          onChange={setFile}
          w={360}
          data-testid="scan-file"
        />
        <Button onClick={() => void scan()} loading={busy} disabled={file === null}>
          Scan
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {report !== undefined && (
        <Card withBorder>
          <Stack>
            <Group>
              <Badge
                size="lg"
                color={verdictColor[report.verdict] ?? 'gray'}
                data-testid="scan-verdict"
              >
                {report.verdict}
              </Badge>
              <Text>
                {report.path} · {report.format} · {report.sizeBytes.toLocaleString()} bytes · policy{' '}
                {report.policyVersion}
              </Text>
            </Group>
            {report.findings.length > 0 && (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>severity</Table.Th>
                    <Table.Th>rule</Table.Th>
                    <Table.Th>finding</Table.Th>
                    <Table.Th>where</Table.Th>
                    <Table.Th>ATLAS</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.findings.map((f, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{f.severity}</Table.Td>
                      <Table.Td>{f.rule}</Table.Td>
                      <Table.Td>
                        {f.message}
                        <Text size="xs" c="dimmed">
                          {f.remediation}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {[
                          ...(f.location.member ?? []),
                          f.location.offset === undefined ? '' : `@${String(f.location.offset)}`,
                        ].join(' ')}
                      </Table.Td>
                      <Table.Td>{f.atlas}</Table.Td>
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
