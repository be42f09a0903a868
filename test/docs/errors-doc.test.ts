import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every `readonly code = 'X'` in src/, with where it is defined. */
function definedCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/readonly code = '([A-Z0-9_]+)'/g)) {
      const code = match[1] ?? '';
      codes.set(code, [...(codes.get(code) ?? []), file]);
    }
  }
  return codes;
}

/** Codes in the first column of docs/errors.md's tables. */
function documentedCodes(): string[] {
  return readFileSync('docs/errors.md', 'utf8')
    .split('\n')
    .map((line) => /^\|\s*`?([A-Z][A-Z0-9_]+)`?\s*\|/.exec(line)?.[1])
    .filter((code): code is string => code !== undefined);
}

describe('docs/errors.md', () => {
  it('documents every error code defined in src/', () => {
    const documented = new Set(documentedCodes());
    expect([...definedCodes().keys()].filter((code) => !documented.has(code)).sort()).toEqual([]);
  });

  it('documents no code that src/ no longer defines', () => {
    const defined = definedCodes();
    expect(documentedCodes().filter((code) => !defined.has(code))).toEqual([]);
  });

  it('has each code once, and each code is defined by one class', () => {
    const documented = documentedCodes();
    expect(documented.filter((code, i) => documented.indexOf(code) !== i)).toEqual([]);
    expect([...definedCodes()].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
