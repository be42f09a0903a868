export interface DiffFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

export interface VersionDiff {
  readonly added: readonly DiffFile[];
  readonly removed: readonly DiffFile[];
  readonly changed: readonly {
    readonly path: string;
    readonly from: DiffFile;
    readonly to: DiffFile;
  }[];
  readonly unchanged: number;
  /** Metadata keys whose value differs (JSON-compared); `from`/`to` undefined when absent. */
  readonly metadata: readonly {
    readonly key: string;
    readonly from: unknown;
    readonly to: unknown;
  }[];
}

/** Files added, removed and changed (by digest) between two versions, and metadata changes. */
export function diffVersions(
  from: { files: readonly DiffFile[]; metadata: Readonly<Record<string, unknown>> },
  to: { files: readonly DiffFile[]; metadata: Readonly<Record<string, unknown>> },
): VersionDiff {
  const before = new Map(from.files.map((f) => [f.path, f]));
  const after = new Map(to.files.map((f) => [f.path, f]));
  const added = to.files.filter((f) => !before.has(f.path));
  const removed = from.files.filter((f) => !after.has(f.path));
  const changed: { path: string; from: DiffFile; to: DiffFile }[] = [];
  let unchanged = 0;
  for (const f of to.files) {
    const old = before.get(f.path);
    if (old === undefined) continue;
    if (old.sha256 !== f.sha256) changed.push({ path: f.path, from: old, to: f });
    else unchanged++;
  }
  const keys = [...new Set([...Object.keys(from.metadata), ...Object.keys(to.metadata)])].sort();
  const metadata = keys
    .filter((k) => JSON.stringify(from.metadata[k]) !== JSON.stringify(to.metadata[k]))
    .map((key) => ({ key, from: from.metadata[key], to: to.metadata[key] }));
  return { added, removed, changed, unchanged, metadata };
}
