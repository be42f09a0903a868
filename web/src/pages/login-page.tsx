import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api.js';
import { useSession } from '../session.js';

/** Email + password sign-in; the server sets an HttpOnly session cookie. */
export function LoginPage() {
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(email, password);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('ERROR', String(err), '', 0));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder maw={420} mx="auto" mt="xl">
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Title order={2}>Sign in</Title>
          <Text size="sm" c="dimmed">
            On first start the server prints the admin email and password (or takes
            RAMPART_ADMIN_EMAIL / RAMPART_ADMIN_PASSWORD).
          </Text>
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
          />
          {error !== undefined && (
            <Alert color="red" title={error.code}>
              {error.message} {error.hint}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
