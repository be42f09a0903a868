import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from './permissions.js';
import { BUILT_IN_ROLES, builtInRolePermissions, expandGrants, renderRbacTable } from './roles.js';

/** A Markdown table's cells, trimmed, without the separator row, so padding does not matter. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|[\s:|-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
}

const docPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/rbac.md');

describe('built-in roles', () => {
  it('give admin every permission and viewer only reads', () => {
    expect(builtInRolePermissions('admin')).toEqual([...PERMISSIONS]);
    expect(builtInRolePermissions('viewer')?.every((p) => p.endsWith(':read'))).toBe(true);
  });

  it('keep auditors read-only with the audit log', () => {
    const auditor = builtInRolePermissions('auditor') ?? [];
    expect(auditor).toContain('audit:read');
    expect(auditor.every((p) => p.endsWith(':read'))).toBe(true);
  });

  it('grant only known permissions through patterns', () => {
    expect(expandGrants(['model:*'], { excludes: ['model:delete'] })).toEqual([
      'model:read',
      'model:write',
      'model:download',
      'model:promote',
      'model:quarantine',
    ]);
    expect(expandGrants(['nothing:*'])).toEqual([]);
  });

  it('are documented in docs/rbac.md exactly as the table expands them', () => {
    const doc = readFileSync(docPath, 'utf8');
    const start = doc.indexOf('<!-- rbac-table:start -->');
    const end = doc.indexOf('<!-- rbac-table:end -->');
    expect(start).toBeGreaterThan(-1);
    // Regenerate with renderRbacTable() when a permission or role changes (Prettier may pad it).
    const documented = doc.slice(start + '<!-- rbac-table:start -->'.length, end);
    expect(tableCells(documented)).toEqual(tableCells(renderRbacTable()));
    for (const role of BUILT_IN_ROLES) expect(doc).toContain(`\`${role.name}\``);
  });
});
