import type { Severity } from './report.js';

/** Static facts about one rule: used for findings, the SARIF rule table and the docs. */
export interface RuleInfo {
  readonly title: string;
  readonly severity: Severity;
  readonly atlas: string;
  readonly remediation: string;
}

const UNSAFE = 'AML.T0011.000'; // User Execution: Unsafe AI Artifacts
const MODEL_SUPPLY = 'AML.T0010.003'; // AI Supply Chain Compromise: Model
const EMBED = 'AML.T0018.002'; // Manipulate AI Model: Embed Malware
const MASQ = 'AML.T0074'; // Masquerading
const DOS = 'AML.T0029'; // Denial of AI Service

const DO_NOT_LOAD =
  'Do not load this file. Obtain the model from a trusted source and convert it to safetensors.';

export const RULES = {
  'pickle.dangerous-import': {
    title: 'Pickle imports a dangerous callable',
    severity: 'critical',
    atlas: UNSAFE,
    remediation: DO_NOT_LOAD,
  },
  'pickle.dynamic-import': {
    title: 'Pickle imports a name computed at load time',
    severity: 'critical',
    atlas: UNSAFE,
    remediation: DO_NOT_LOAD,
  },
  'pickle.state-injection': {
    title: 'Pickle BUILD sets a dunder attribute',
    severity: 'critical',
    atlas: UNSAFE,
    remediation: DO_NOT_LOAD,
  },
  'pickle.extension-import': {
    title: 'Pickle imports through the copyreg extension registry',
    severity: 'high',
    atlas: UNSAFE,
    remediation: DO_NOT_LOAD,
  },
  'pickle.indirect-call': {
    title: 'Pickle calls the result of another call',
    severity: 'high',
    atlas: UNSAFE,
    remediation: DO_NOT_LOAD,
  },
  'pickle.unknown-import': {
    title: 'Pickle imports a callable outside the known-safe list',
    severity: 'medium',
    atlas: MODEL_SUPPLY,
    remediation:
      'Check that the imported module is the library you expect; add it to a policy file\'s "safe" list if you trust it, or convert the model to safetensors.',
  },
  'pickle.malformed': {
    title: 'Pickle stream is broken after some opcodes ran',
    severity: 'medium',
    atlas: MODEL_SUPPLY,
    remediation:
      'A loader runs every opcode before the break. Re-export the file; do not load it as is.',
  },
  'pickle.too-large': {
    title: 'Pickle stream exceeds the scan limit',
    severity: 'medium',
    atlas: MODEL_SUPPLY,
    remediation:
      'Only the first part was scanned. Raise maxPickleBytes if you trust the source, or convert to safetensors.',
  },
  'archive.bomb': {
    title: 'Archive member decompresses beyond the limits (zip bomb)',
    severity: 'high',
    atlas: DOS,
    remediation: 'Do not extract this archive; it is built to exhaust memory or disk.',
  },
  'archive.limit': {
    title: 'Archive nesting or entry count exceeds the limits',
    severity: 'medium',
    atlas: DOS,
    remediation:
      'The rest of the archive was not scanned. Flatten the archive or raise the limits if you trust it.',
  },
  'archive.path-traversal': {
    title: 'Archive member path escapes the extraction folder',
    severity: 'high',
    atlas: EMBED,
    remediation: 'Do not extract this archive: a member name is absolute or contains "..".',
  },
  'archive.hidden-data': {
    title: 'Bytes outside the archive structure',
    severity: 'medium',
    atlas: MASQ,
    remediation:
      'Re-create the archive from its members; data outside it may be read by a different loader.',
  },
  'archive.unreadable-member': {
    title: 'Archive member could not be read',
    severity: 'medium',
    atlas: MODEL_SUPPLY,
    remediation: 'The member was not scanned. Re-create the archive with standard tools.',
  },
  'format.extension-mismatch': {
    title: 'File content does not match its extension',
    severity: 'medium',
    atlas: MASQ,
    remediation:
      'Rename the file to its real format, or better, re-export it in the format its name claims.',
  },
  'format.unsupported-compression': {
    title: 'Compressed with a codec the scanner cannot read',
    severity: 'medium',
    atlas: MODEL_SUPPLY,
    remediation: 'Decompress the file and scan the result.',
  },
  'npy.object-array': {
    title: 'NumPy array holds Python objects (pickle)',
    severity: 'medium',
    atlas: MODEL_SUPPLY,
    remediation: 'Loading needs allow_pickle=True, which runs code. Store numeric arrays only.',
  },
  'safetensors.invalid-header': {
    title: 'safetensors header is inconsistent',
    severity: 'high',
    atlas: EMBED,
    remediation: 'Do not load the file; re-export it with the safetensors library.',
  },
  'safetensors.trailing-data': {
    title: 'Bytes after the last safetensors tensor',
    severity: 'medium',
    atlas: MASQ,
    remediation: 'Re-export the file; extra bytes can hide a second payload.',
  },
  'gguf.invalid-header': {
    title: 'GGUF header is inconsistent',
    severity: 'high',
    atlas: EMBED,
    remediation:
      'Do not load the file: malformed GGUF headers exploit parser overflows. Re-download it from a trusted source.',
  },
  'gguf.template-code': {
    title: 'GGUF chat template reaches Python internals',
    severity: 'critical',
    atlas: UNSAFE,
    remediation:
      'Do not use this chat template: it escapes the Jinja sandbox to run code. Replace tokenizer.chat_template.',
  },
  'gguf.template-suspicious': {
    title: 'GGUF chat template uses unusual Jinja features',
    severity: 'medium',
    atlas: UNSAFE,
    remediation: 'Review tokenizer.chat_template by hand before use.',
  },
  'onnx.external-data-traversal': {
    title: 'ONNX external data path leaves the model folder',
    severity: 'high',
    atlas: EMBED,
    remediation:
      'Do not load the model: it reads files outside its folder. Re-export with relative external-data paths.',
  },
  'onnx.custom-domain': {
    title: 'ONNX model uses an operator from an unknown domain',
    severity: 'high',
    atlas: UNSAFE,
    remediation:
      'Loading needs a custom-operator library that runs native code; only load it with a library you trust.',
  },
  'onnx.contrib-domain': {
    title: 'ONNX model uses contrib or Python custom operators',
    severity: 'medium',
    atlas: UNSAFE,
    remediation: 'Check which custom-operator package the model needs before loading it.',
  },
  'keras.lambda-layer': {
    title: 'Keras model contains a Lambda layer (serialized code)',
    severity: 'critical',
    atlas: UNSAFE,
    remediation: 'Do not load with safe_mode=False. Rebuild the model without Lambda layers.',
  },
  'keras.dangerous-function': {
    title: 'Keras config references a dangerous Python function',
    severity: 'critical',
    atlas: UNSAFE,
    remediation: DO_NOT_LOAD,
  },
  'keras.custom-object': {
    title: 'Keras config references a module outside Keras',
    severity: 'medium',
    atlas: MODEL_SUPPLY,
    remediation: 'Check the custom object module before loading; register only code you trust.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
