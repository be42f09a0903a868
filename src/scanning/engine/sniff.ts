import { isTarHeader } from './containers/tar-reader.js';
import { looksLikeOnnx } from './formats/onnx.js';
import { looksLikePickle } from './pickle/pickle-scanner.js';

/** Container or model format recognised from the first bytes (never from the file name alone). */
export type Sniffed =
  | 'zip'
  | 'gzip'
  | 'zlib'
  | 'bzip2'
  | 'xz'
  | 'lzma'
  | 'zstd'
  | 'lz4'
  | 'tar'
  | 'npy'
  | 'gguf'
  | 'hdf5'
  | 'safetensors'
  | 'pickle'
  | 'onnx'
  | 'json'
  | 'unknown';

/** How many leading bytes `sniff` wants. */
export const SNIFF_BYTES = 4096;

function ascii(b: Uint8Array, start: number, len: number): string {
  return String.fromCharCode(...b.subarray(start, start + len));
}

/**
 * Identifies the format of `prefix` (the first SNIFF_BYTES of a source of `size` bytes). The
 * name is only a tie-breaker for formats without magic bytes (ONNX protobuf).
 */
export function sniff(prefix: Uint8Array, size: number, name: string): Sniffed {
  const b0 = prefix[0];
  const b1 = prefix[1];
  if (ascii(prefix, 0, 4) === 'PK\x03\x04' || ascii(prefix, 0, 4) === 'PK\x05\x06') return 'zip';
  if (b0 === 0x1f && b1 === 0x8b) return 'gzip';
  if (ascii(prefix, 0, 3) === 'BZh') return 'bzip2';
  if (ascii(prefix, 0, 6) === '\xfd7zXZ\x00') return 'xz';
  // LZMA-alone (.lzma, joblib 'lzma'): default properties byte, then dictionary and size fields.
  if (
    b0 === 0x5d &&
    prefix.length >= 13 &&
    prefix[1] === 0 &&
    (prefix[12] === 0xff || prefix[12] === 0)
  )
    return 'lzma';
  if (b0 === 0x28 && b1 === 0xb5 && prefix[2] === 0x2f && prefix[3] === 0xfd) return 'zstd';
  if (b0 === 0x04 && b1 === 0x22 && prefix[2] === 0x4d && prefix[3] === 0x18) return 'lz4';
  if (ascii(prefix, 0, 6) === '\x93NUMPY') return 'npy';
  if (ascii(prefix, 0, 4) === 'GGUF') return 'gguf';
  if (ascii(prefix, 0, 8) === '\x89HDF\r\n\x1a\n' || ascii(prefix, 512, 8) === '\x89HDF\r\n\x1a\n')
    return 'hdf5';
  if (isTarHeader(prefix)) return 'tar';
  if (prefix.length >= 9) {
    const n = Number(new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true));
    if (n >= 2 && n <= size - 8 && prefix[8] === 0x7b) return 'safetensors';
  }
  if (looksLikePickle(prefix)) return 'pickle';
  // zlib (RFC 1950): CMF 0x78 and a header checksum; joblib writes compressed pickles so.
  if (b0 === 0x78 && b1 !== undefined && (b0 * 256 + b1) % 31 === 0) return 'zlib';
  if (looksLikeOnnx(prefix, { anyFirstField: name.toLowerCase().endsWith('.onnx') })) return 'onnx';
  const first = prefix.find((c) => c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09);
  if (first === 0x7b) return 'json';
  // safetensors has no magic: a file named so whose length field is broken is still read as one,
  // so that the broken header is reported.
  if (name.toLowerCase().endsWith('.safetensors') && size >= 8) return 'safetensors';
  return 'unknown';
}

const EXTENSION_FORMATS: Readonly<Record<string, readonly Sniffed[]>> = {
  '.safetensors': ['safetensors'],
  '.gguf': ['gguf'],
  '.onnx': ['onnx'],
  '.npy': ['npy'],
  '.npz': ['zip'],
  '.h5': ['hdf5'],
  '.hdf5': ['hdf5'],
  '.keras': ['zip', 'hdf5'],
  '.json': ['json'],
  '.txt': ['unknown', 'json'],
};

/** The formats a file's extension promises, or undefined when the extension promises nothing. */
export function expectedFormats(name: string): readonly Sniffed[] | undefined {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? undefined : EXTENSION_FORMATS[name.slice(dot).toLowerCase()];
}
