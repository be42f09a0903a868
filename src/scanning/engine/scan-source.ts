import { ScanFormatMalformed, ScanLimitExceeded } from '../scanning.errors.js';
import { bufferSource, readAll, type ByteSource } from './byte-source.js';
import { scanTar, scanZip } from './containers/archive-scanner.js';
import { Bzip2Error, bunzip2 } from './containers/bzip2.js';
import { LzmaError, unlzmaAlone, unxz } from './containers/lzma.js';
import { inflateBounded, type Codec } from './containers/inflate.js';
import { findEndRecord } from './containers/zip-reader.js';
import { addFinding, enterMember, type ScanContext } from './context.js';
import { scanGguf, checkTemplate } from './formats/gguf.js';
import { scanHdf5 } from './formats/hdf5.js';
import { isKerasConfig, scanKerasConfig } from './formats/keras.js';
import { scanNpy } from './formats/npy.js';
import { scanOnnx } from './formats/onnx.js';
import { scanSafetensors } from './formats/safetensors.js';
import { scanPickleSource } from './pickle/pickle-scanner.js';
import { SNIFF_BYTES, expectedFormats, sniff, type Sniffed } from './sniff.js';

const MiB = 1024 * 1024;

/**
 * Scans one source of any supported format, recursing into containers, and returns the format
 * label for the report. Findings go to `ctx`. Throws an AppError when the source cannot be read.
 */
export async function scanSource(
  source: ByteSource,
  ctx: ScanContext,
  name: string,
): Promise<string> {
  if (ctx.depth > ctx.limits.maxDepth) {
    // No model format nests this deep; deliberate nesting exhausts scanners and extractors.
    addFinding(ctx, 'archive.bomb', {
      message: `Nesting is deeper than ${ctx.limits.maxDepth} levels (a nesting bomb); this member was not scanned.`,
    });
    return 'unknown';
  }
  const prefix = await source.read(0, SNIFF_BYTES);
  let kind = sniff(prefix, source.size, name);
  let eocd: number | undefined;
  if (kind === 'pickle') return scanPickleFirst(source, ctx, name);
  if (kind === 'zip' || kind === 'unknown') {
    eocd = source.size >= 22 ? await findEndRecord(source) : undefined;
    if (eocd !== undefined) kind = 'zip';
  }
  checkExtension(ctx, name, kind);
  const label = await dispatch(kind, source, ctx, name, eocd);
  return label;
}

/**
 * A file that starts with a pickle is what pickle.load and legacy torch.load run. When a zip
 * directory also sits after the pickle (a polyglot), the zip is scanned too; a zip carried
 * inside the pickle's own bytes is scanned as embedded data instead.
 */
async function scanPickleFirst(
  source: ByteSource,
  ctx: ScanContext,
  name: string,
): Promise<string> {
  checkExtension(ctx, name, 'pickle');
  const { pickles, end } = await scanPickleSource(source, ctx);
  const eocd = source.size >= 22 ? await findEndRecord(source) : undefined;
  if (eocd !== undefined && eocd >= end) {
    await scanZip(source, eocd, ctx, scanSource, { skipLoose: true });
    return 'pickle+zip';
  }
  return pickles >= 3 ? 'pytorch-legacy' : 'pickle';
}

function checkExtension(ctx: ScanContext, name: string, kind: Sniffed): void {
  const expected = expectedFormats(name);
  if (expected === undefined || kind === 'unknown' || expected.includes(kind)) return;
  addFinding(ctx, 'format.extension-mismatch', {
    symbol: kind,
    message: `The name ${name.split('/').pop() ?? name} suggests ${expected.join(' or ')}, but the content is ${kind}; loaders that sniff content will treat it as ${kind}.`,
  });
}

async function dispatch(
  kind: Sniffed,
  source: ByteSource,
  ctx: ScanContext,
  name: string,
  eocd: number | undefined,
): Promise<string> {
  switch (kind) {
    case 'zip':
      if (eocd === undefined) {
        addFinding(ctx, 'archive.unreadable-member', {
          message: 'The zip has no end-of-central-directory record; no loader can open it.',
        });
        return 'zip';
      }
      return scanZip(source, eocd, ctx, scanSource);
    case 'tar':
      return scanTar(source, ctx, scanSource);
    case 'gzip':
    case 'zlib':
      return `${kind}/${await scanCompressed(kind === 'gzip' ? 'gzip' : 'zlib', source, ctx, name)}`;
    case 'bzip2':
    case 'xz':
    case 'lzma':
      return `${kind}/${await scanWholeCompressed(kind, source, ctx, name)}`;
    case 'zstd':
    case 'lz4':
      addFinding(ctx, 'format.unsupported-compression', {
        message: `The file is ${kind}-compressed; decompress it and scan the result.`,
      });
      return kind;
    case 'npy':
      await scanNpy(source, ctx);
      return 'numpy';
    case 'gguf':
      await scanGguf(source, ctx);
      return 'gguf';
    case 'hdf5':
      await scanHdf5(await readDocument(source, ctx), ctx);
      return 'hdf5';
    case 'safetensors':
      await scanSafetensors(source, ctx, async (trailing) => {
        const head = await trailing.read(0, SNIFF_BYTES);
        if (sniff(head, trailing.size, '') !== 'unknown')
          await scanSource(trailing, enterMember(ctx, '<after tensors>'), '');
      });
      return 'safetensors';
    case 'pickle':
      return scanPickleFirst(source, ctx, name);
    case 'onnx':
      scanOnnx(await readDocument(source, ctx), ctx);
      return 'onnx';
    case 'json':
      return scanJson(await readDocument(source, ctx), ctx);
    case 'unknown':
      return 'unknown';
  }
}

async function readDocument(source: ByteSource, ctx: ScanContext): Promise<Uint8Array> {
  if (source.size > ctx.limits.maxDocumentBytes)
    throw new ScanLimitExceeded('maxDocumentBytes', source.size, ctx.limits.maxDocumentBytes);
  return readAll(source);
}

async function scanCompressed(
  codec: Codec,
  source: ByteSource,
  ctx: ScanContext,
  name: string,
): Promise<string> {
  const room = Math.min(ctx.limits.maxMemberBytes, ctx.budget.remainingBytes);
  const out = await inflateBounded(codec, source, { maxOut: room });
  const inner = name.replace(/\.(gz|gzip|z|zlib)$/i, '');
  const child = enterMember(
    ctx,
    inner === name ? `<${codec} content>` : (inner.split('/').pop() ?? inner),
  );
  const ratio = out.bytes.length / Math.max(1, out.consumed);
  if (out.exceeded || (out.bytes.length > 10 * MiB && ratio > ctx.limits.maxRatio)) {
    addFinding(ctx, 'archive.bomb', {
      message: `The ${codec} stream inflates past ${out.bytes.length} bytes (ratio ${ratio.toFixed(0)}:1).`,
    });
    return 'unknown';
  }
  if (out.error !== undefined)
    addFinding(ctx, 'archive.unreadable-member', {
      message: `The ${codec} stream is corrupt (${out.error}); only the readable part was scanned.`,
    });
  ctx.budget.remainingBytes -= out.bytes.length;
  return scanSource(bufferSource(out.bytes), child, inner);
}

/** Decoders for codecs that need the whole compressed input in memory. */
const WHOLE_DECODERS: Readonly<
  Record<
    'bzip2' | 'xz' | 'lzma',
    (data: Uint8Array, maxOut: number) => { bytes: Uint8Array; exceeded: boolean }
  >
> = {
  bzip2: bunzip2,
  xz: unxz,
  lzma: unlzmaAlone,
};

async function scanWholeCompressed(
  codec: 'bzip2' | 'xz' | 'lzma',
  source: ByteSource,
  ctx: ScanContext,
  name: string,
): Promise<string> {
  const room = Math.min(ctx.limits.maxMemberBytes, ctx.budget.remainingBytes);
  let out: { bytes: Uint8Array; exceeded: boolean };
  try {
    out = WHOLE_DECODERS[codec](await readDocument(source, ctx), room);
  } catch (err) {
    if (!(err instanceof Bzip2Error) && !(err instanceof LzmaError)) throw err;
    throw new ScanFormatMalformed(codec, err.message);
  }
  const ratio = out.bytes.length / Math.max(1, source.size);
  if (out.exceeded || (out.bytes.length > 10 * MiB && ratio > ctx.limits.maxRatio)) {
    addFinding(ctx, 'archive.bomb', {
      message: `The ${codec} stream inflates past ${out.bytes.length} bytes (ratio ${ratio.toFixed(0)}:1).`,
    });
    return 'unknown';
  }
  ctx.budget.remainingBytes -= out.bytes.length;
  const inner = name.replace(/\.(bz2|bzip2|xz|lzma)$/i, '');
  return scanSource(
    bufferSource(out.bytes),
    enterMember(ctx, inner === name ? `<${codec} content>` : (inner.split('/').pop() ?? inner)),
    inner,
  );
}

function scanJson(bytes: Uint8Array, ctx: ScanContext): string {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return 'unknown';
  }
  if (isKerasConfig(doc)) {
    scanKerasConfig(doc, ctx, 'config');
    return 'keras-config';
  }
  if (typeof doc === 'object' && doc !== null) {
    const template = (doc as Record<string, unknown>)['chat_template'];
    if (typeof template === 'string') checkTemplate(ctx, 'chat_template', template);
    else if (Array.isArray(template)) {
      for (const t of template as unknown[]) {
        const entry = t as { name?: unknown; template?: unknown } | null;
        if (typeof entry?.template === 'string')
          checkTemplate(ctx, `chat_template.${String(entry.name)}`, entry.template);
      }
    }
  }
  return 'json';
}
