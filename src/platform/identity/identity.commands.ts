import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliContext, RegisterCommands } from '../../cli/command-context.js';
import { createHttpClient } from '../http-client/index.js';
import { openAdminBackend, type AdminBackend, type BindingInput } from './admin-backend.js';
import { storeToken } from './cli-credentials.js';
import { CliNotLoggedIn } from './identity.errors.js';
import type { TokenView, UserView } from './identity.service.js';

const list = (v: string | undefined) =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');

/** Runs `work` on the offline or online backend and always closes it. */
export async function withBackend<T>(
  ctx: CliContext,
  command: Command,
  work: (b: AdminBackend) => Promise<T>,
): Promise<T> {
  const explicitDataDir = command.optsWithGlobals<{ dataDir?: string }>().dataDir !== undefined;
  const backend = await openAdminBackend(ctx.config(), { explicitDataDir });
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}

const userColumns = [
  { header: 'email', value: (u: UserView) => u.email },
  { header: 'name', value: (u: UserView) => u.displayName },
  { header: 'status', value: (u: UserView) => u.status },
  { header: 'created', value: (u: UserView) => u.createdAt },
];
const tokenColumns = [
  { header: 'id', value: (t: TokenView) => t.id },
  { header: 'name', value: (t: TokenView) => t.name },
  { header: 'owner', value: (t: TokenView) => t.owner },
  { header: 'expires', value: (t: TokenView) => t.expiresAt ?? 'never' },
  { header: 'last used', value: (t: TokenView) => t.lastUsedAt ?? '' },
  { header: 'revoked', value: (t: TokenView) => t.revokedAt ?? '' },
];

/** `rampart users|roles|bindings|tokens|login`: offline with --data-dir, online with --server. */
export const registerIdentityCommands: RegisterCommands = (program, ctx) => {
  const users = program
    .command('users')
    .description('Manage users (offline with --data-dir, online with --server)');
  users
    .command('create')
    .description('Create a user; without --password a strong one is generated and printed once')
    .requiredOption('--email <email>', 'login email')
    .option('--role <role>', 'role to bind (see `rampart roles list`)')
    .option('--project <project>', 'bind the role on this project only')
    .option('--name <name>', 'display name')
    .option('--password <password>', 'initial password (12+ characters, not a common one)')
    .action(
      async (
        o: { email: string; role?: string; project?: string; name?: string; password?: string },
        cmd: Command,
      ) => {
        const out = ctx.out();
        const result = await withBackend(ctx, cmd, (b) =>
          b.createUser({
            email: o.email,
            ...(o.role ? { role: o.role } : {}),
            ...(o.project ? { project: o.project } : {}),
            ...(o.name ? { displayName: o.name } : {}),
            ...(o.password ? { password: o.password } : {}),
          }),
        );
        if (out.isJson) return out.json(result);
        out.line(
          `Created ${result.user.email}${o.role ? ` with role ${o.role}${o.project ? ` on ${o.project}` : ''}` : ''}.`,
        );
        if (result.generatedPassword !== undefined)
          out.line(`Password (shown once): ${result.generatedPassword}`);
      },
    );
  users
    .command('list')
    .description('List users')
    .action(async (_o: unknown, cmd: Command) => {
      const out = ctx.out();
      const rows = await withBackend(ctx, cmd, (b) => b.listUsers());
      if (out.isJson) out.json(rows);
      else out.table(rows, userColumns);
    });
  users
    .command('disable')
    .description('Disable a user and revoke their sessions and tokens')
    .argument('<email>')
    .action(async (email: string, _o: unknown, cmd: Command) => {
      const out = ctx.out();
      const user = await withBackend(ctx, cmd, (b) => b.disableUser(email));
      if (out.isJson) out.json(user);
      else out.line(`Disabled ${user.email}; their sessions and tokens are revoked.`);
    });

  const roles = program.command('roles').description('List and create roles');
  roles
    .command('list')
    .description('Built-in and custom roles with their permissions')
    .action(async (_o: unknown, cmd: Command) => {
      const out = ctx.out();
      const rows = await withBackend(ctx, cmd, (b) => b.listRoles());
      if (out.isJson) return out.json(rows);
      out.table(rows, [
        { header: 'role', value: (r) => r.name },
        { header: 'built in', value: (r) => (r.builtIn ? 'yes' : '') },
        { header: 'permissions', value: (r) => r.permissions.join(' ') },
      ]);
    });
  roles
    .command('create')
    .description('Create a custom role')
    .requiredOption('--name <name>', 'role name (a-z, 0-9, -)')
    .requiredOption(
      '--permissions <list>',
      'comma-separated permissions, e.g. model:read,model:promote',
    )
    .option('--description <text>', 'what the role is for')
    .action(
      async (o: { name: string; permissions: string; description?: string }, cmd: Command) => {
        const out = ctx.out();
        const role = await withBackend(ctx, cmd, (b) =>
          b.createRole({
            name: o.name,
            permissions: list(o.permissions) ?? [],
            ...(o.description ? { description: o.description } : {}),
          }),
        );
        if (out.isJson) out.json(role);
        else out.line(`Created role ${role.name}: ${role.permissions.join(', ')}`);
      },
    );

  const bindings = program
    .command('bindings')
    .description('Give roles to users or tokens, globally or on a project');
  const bindingInput = (o: {
    user?: string;
    token?: string;
    role: string;
    project?: string;
  }): BindingInput => ({
    subject: o.user !== undefined ? { user: o.user } : { tokenId: o.token ?? '' },
    role: o.role,
    ...(o.project ? { project: o.project } : {}),
  });
  for (const [verb, description] of [
    ['add', 'Bind a role'],
    ['remove', 'Remove a binding'],
  ] as const) {
    bindings
      .command(verb)
      .description(description)
      .option('--user <email>', 'the user')
      .option('--token <id>', 'or an API token id')
      .requiredOption('--role <role>', 'role name')
      .option('--project <project>', 'only on this project (default: global)')
      .action(
        async (
          o: { user?: string; token?: string; role: string; project?: string },
          cmd: Command,
        ) => {
          const out = ctx.out();
          await withBackend(ctx, cmd, async (b) =>
            verb === 'add' ? b.addBinding(bindingInput(o)) : b.removeBinding(bindingInput(o)),
          );
          const who = o.user ?? o.token ?? '';
          if (out.isJson) out.json({ ok: true });
          else
            out.line(
              `${verb === 'add' ? 'Bound' : 'Removed'} ${o.role} ${verb === 'add' ? 'to' : 'from'} ${who}${o.project ? ` on ${o.project}` : ' globally'}.`,
            );
        },
      );
  }
  bindings
    .command('list')
    .description('List role bindings')
    .action(async (_o: unknown, cmd: Command) => {
      const out = ctx.out();
      const rows = await withBackend(ctx, cmd, (b) => b.listBindings());
      if (out.isJson) return out.json(rows);
      out.table(rows, [
        { header: 'subject', value: (r) => r.subject },
        { header: 'kind', value: (r) => r.subjectKind },
        { header: 'role', value: (r) => r.role },
        { header: 'project', value: (r) => r.project ?? '(global)' },
      ]);
    });

  const tokens = program.command('tokens').description('API tokens: shown once, stored hashed');
  tokens
    .command('create')
    .description('Create an API token and print it once')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--user <email>', 'owner (default: the caller; required offline)')
    .option(
      '--scopes <list>',
      "comma-separated permissions, within the owner's (default: all of them)",
    )
    .option('--expires <duration>', 'lifetime such as 12h, 30d (default 90d, at most 365d)')
    .action(
      async (
        o: { name: string; user?: string; scopes?: string; expires?: string },
        cmd: Command,
      ) => {
        const out = ctx.out();
        const scopes = list(o.scopes);
        const result = await withBackend(ctx, cmd, (b) =>
          b.createToken({
            name: o.name,
            ...(o.user ? { user: o.user } : {}),
            ...(scopes ? { scopes } : {}),
            ...(o.expires ? { expires: o.expires } : {}),
          }),
        );
        if (out.isJson) return out.json(result);
        out.line(result.token);
        out.info(
          `Token ${result.view.id} for ${result.view.owner}, expires ${result.view.expiresAt ?? 'never'}. It is shown only now.`,
        );
      },
    );
  tokens
    .command('list')
    .description('List tokens (never their values)')
    .option('--user <email>', 'only this owner')
    .action(async (o: { user?: string }, cmd: Command) => {
      const out = ctx.out();
      const rows = await withBackend(ctx, cmd, (b) => b.listTokens(o.user ? { user: o.user } : {}));
      if (out.isJson) out.json(rows);
      else out.table(rows, tokenColumns);
    });
  tokens
    .command('revoke')
    .description('Revoke a token; it stops working on its next request')
    .argument('<id>')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const out = ctx.out();
      await withBackend(ctx, cmd, (b) => b.revokeToken(id));
      if (out.isJson) out.json({ ok: true });
      else out.line(`Revoked ${id}.`);
    });

  program
    .command('login')
    .description('Log in to a server and keep a token for the CLI in ~/.config/rampart (0600)')
    .requiredOption('--email <email>', 'your login email')
    .option('--password <password>', 'your password (or use --password-stdin)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (o: { email: string; password?: string; passwordStdin?: boolean }) => {
      const out = ctx.out();
      const config = ctx.config();
      const server = config.client.server;
      if (server === undefined)
        throw new CliNotLoggedIn('(no server: pass --server URL or set RAMPART_SERVER)');
      const password =
        o.password ??
        (o.passwordStdin === true ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : '');
      const http = createHttpClient({
        baseUrl: server,
        ...(config.client.caFile === undefined ? {} : { ca: readFileSync(config.client.caFile) }),
      });
      const result = await http.json<{ token: string; user: { email: string }; expiresAt: string }>(
        'POST',
        '/api/v1/auth/login',
        {
          json: { email: o.email, password, as: 'token' },
        },
      );
      const file = storeToken(server, { token: result.token, email: result.user.email });
      if (out.isJson)
        out.json({
          server,
          email: result.user.email,
          expiresAt: result.expiresAt,
          credentials: file,
        });
      else
        out.line(
          `Logged in to ${server} as ${result.user.email}; token saved in ${file} (expires ${result.expiresAt}).`,
        );
    });
};
