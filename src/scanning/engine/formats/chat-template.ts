/**
 * Static checks of a Jinja chat template (GGUF `tokenizer.chat_template`, tokenizer_config.json).
 * Jinja's sandbox is escaped through Python dunder attributes (`__class__`, `__globals__`, …),
 * reached directly, through `attr()`, or through strings assembled at render time.
 */
export interface TemplateVerdict {
  readonly code: string[];
  readonly suspicious: string[];
}

/** Undoes string-literal tricks: escapes (\x5f, \u005f, octal) and `'a' ~ 'b'` / `'a' + 'b'` joins. */
export function normalizeTemplate(template: string): string {
  return template
    .replace(
      /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})|\\([0-7]{1,3})/g,
      (_m, x?: string, u?: string, U?: string, o?: string) =>
        String.fromCodePoint(
          x !== undefined
            ? parseInt(x, 16)
            : u !== undefined
              ? parseInt(u, 16)
              : U !== undefined
                ? parseInt(U, 16) % 0x110000
                : parseInt(o ?? '0', 8),
        ),
    )
    .replace(/(['"])\s*(?:~|\+|\|\s*join\s*\(\s*\)\s*)?\s*\1/g, '')
    .replace(/['"]\s*[~+]\s*['"]/g, '');
}

const CODE_PATTERNS: readonly [RegExp, string][] = [
  [/__[a-zA-Z_]*__/, 'touches a Python dunder attribute'],
  [/_{2,}\s*['"]?\s*[~+]|[~+]\s*['"]?\s*_{2,}/, 'assembles a dunder name at render time'],
  [/\b(?:os|subprocess|sys|builtins|importlib)\s*\.\s*\w+/, 'references a Python module'],
  [
    /\.\s*(?:popen|system|spawn\w*|exec\w*|eval|check_output|load_module|import_module)\s*\(/,
    'calls a process or code-execution function',
  ],
  [
    /\b(?:lipsum|cycler|joiner|url_for|get_flashed_messages|request|config)\s*\.\s*\w+/,
    'reaches a Jinja global that exposes Python objects',
  ],
  [/\bself\s*\.\s*_\w+/, 'reaches template internals through self'],
  [
    /\|\s*attr\s*\(\s*(?:['"]\s*_|[a-zA-Z_]\w*\s*\))/,
    'reads attributes by a computed or private name',
  ],
  [
    /\b(?:range|dict|namespace|cycler|joiner)\s*\([^)]*\)\s*\.\s*_/,
    'reads a private attribute of a Jinja object',
  ],
  [/%c['"]?\s*\|\s*format|\|\s*format\s*\(\s*95\b/, 'builds underscores with format(%c)'],
  [
    /\[\s*(?:['"][^'"]{0,8}['"]\s*,\s*){2,}['"][^'"]{0,8}['"]\s*\]\s*\|\s*join/,
    'assembles a name from string pieces with join',
  ],
  [
    /\b(?:mro|subclasses|func_globals|f_back|gi_frame|tb_frame|f_globals|f_locals|co_code)\b/,
    'names Python introspection hooks',
  ],
];

const SUSPICIOUS_PATTERNS: readonly [RegExp, string][] = [
  [/\|\s*attr\s*\(/, 'uses the attr() filter'],
  [/\{%-?\s*(?:import|include|extends|from)\b/, 'loads other templates'],
  [/\b(?:globals|builtins|getattr)\b/, 'names Python introspection hooks'],
];

/** Classifies a template: any `code` reason means it can run Python code when rendered. */
export function checkChatTemplate(template: string): TemplateVerdict {
  const normalized = normalizeTemplate(template);
  const code = CODE_PATTERNS.filter(([re]) => re.test(normalized) || re.test(template)).map(
    ([, why]) => why,
  );
  const suspicious =
    code.length > 0
      ? []
      : SUSPICIOUS_PATTERNS.filter(([re]) => re.test(normalized)).map(([, why]) => why);
  return { code, suspicious };
}
