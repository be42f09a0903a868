import { RegistryInputInvalid } from '../registry.errors.js';

export type AssetKind = 'model' | 'dataset';

/** Which version of an asset: a number, a stage (`:production`) or the newest (`latest`). */
export type VersionSelector =
  | { readonly kind: 'number'; readonly number: number }
  | { readonly kind: 'stage'; readonly stage: string }
  | { readonly kind: 'latest' };

export interface AssetRef {
  readonly name: string;
  readonly selector: VersionSelector;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const STAGE = /^[a-z][a-z0-9-]{0,31}$/;
const MAX_PATH_CHARS = 1024;

/** Asset and project names: 1–128 of letters, digits, `.`, `_`, `-`, starting alphanumeric. */
export function checkName(value: string, what = 'name'): string {
  if (!NAME.test(value))
    throw new RegistryInputInvalid(
      what,
      `"${value.slice(0, 140)}" must be 1–128 letters, digits, ".", "_" or "-"`,
    );
  return value;
}

/** Stage names: lowercase, e.g. `staging`, `production`, `canary-eu`. */
export function checkStage(value: string): string {
  if (!STAGE.test(value))
    throw new RegistryInputInvalid(
      'stage',
      `"${value.slice(0, 40)}" must be lowercase letters, digits and "-"`,
    );
  return value;
}

/** Parses `NAME`, `NAME@3`, `NAME@latest` or `NAME:production`. */
export function parseAssetRef(text: string): AssetRef {
  const at = text.lastIndexOf('@');
  const colon = text.lastIndexOf(':');
  if (at > 0)
    return { name: checkName(text.slice(0, at)), selector: parseSelector(text.slice(at + 1)) };
  if (colon > 0)
    return {
      name: checkName(text.slice(0, colon)),
      selector: { kind: 'stage', stage: checkStage(text.slice(colon + 1)) },
    };
  return { name: checkName(text), selector: { kind: 'latest' } };
}

/** `3` → number, `latest` → latest, anything else a stage name. */
export function parseSelector(text: string): VersionSelector {
  if (text === 'latest') return { kind: 'latest' };
  if (/^[0-9]{1,9}$/.test(text) && Number(text) > 0)
    return { kind: 'number', number: Number(text) };
  return { kind: 'stage', stage: checkStage(text) };
}

export function formatSelector(selector: VersionSelector): string {
  switch (selector.kind) {
    case 'number':
      return String(selector.number);
    case 'stage':
      return selector.stage;
    case 'latest':
      return 'latest';
    default: {
      const never: never = selector;
      return never;
    }
  }
}

/**
 * A file's path inside a version: relative, `/`-separated, no `.`/`..` or empty segments, no
 * control characters, at most 1024 characters. This is what makes `pull --out DIR` unable to
 * write outside DIR.
 */
export function checkFilePath(value: string): string {
  const segments = value.split('/');
  if (
    value.length === 0 ||
    value.length > MAX_PATH_CHARS ||
    value.includes('\\') ||
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
    /[\u0000-\u001f]/.test(value) ||
    segments.some((s) => s === '' || s === '.' || s === '..')
  ) {
    throw new RegistryInputInvalid(
      'file path',
      `"${value.slice(0, 100)}" must be a relative path without "..", "." or empty parts`,
    );
  }
  return value;
}
