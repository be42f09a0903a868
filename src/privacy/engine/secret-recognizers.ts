import { shannonEntropy } from './checksums.js';
import { CONTEXT_WORDS, containsAnyWord } from './context-words.js';
import type { ScanState } from './scan-state.js';

/* Credential recognisers in the spirit of gitleaks and detect-secrets: known token shapes,
 * PEM blocks, JWTs, and generic `key = value` assignments gated by keyword and entropy. */

interface Shape {
  /** A literal the text must contain for the regex to be worth running. */
  readonly needle: string;
  readonly type: 'AWS_ACCESS_KEY' | 'GITHUB_TOKEN' | 'SLACK_TOKEN' | 'GENERIC_SECRET';
  readonly re: RegExp;
  readonly reason: string;
}

const SHAPES: readonly Shape[] = [
  {
    needle: 'A',
    type: 'AWS_ACCESS_KEY',
    re: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])/g,
    reason: 'AWS access key id',
  },
  {
    needle: 'gh',
    type: 'GITHUB_TOKEN',
    re: /(?<![\w])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}(?![\w])/g,
    reason: 'GitHub token prefix',
  },
  {
    needle: 'github_pat_',
    type: 'GITHUB_TOKEN',
    re: /(?<![\w])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![\w])/g,
    reason: 'GitHub fine-grained PAT',
  },
  {
    needle: 'xox',
    type: 'SLACK_TOKEN',
    re: /(?<![\w-])xox[abposre]-(?:\d+-)+[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])/g,
    reason: 'Slack token prefix',
  },
  {
    needle: 'k_',
    type: 'GENERIC_SECRET',
    re: /(?<![\w])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,99}(?![\w])/g,
    reason: 'Stripe secret key',
  },
  {
    needle: 'AIza',
    type: 'GENERIC_SECRET',
    re: /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g,
    reason: 'Google API key',
  },
  {
    needle: 'glpat-',
    type: 'GENERIC_SECRET',
    re: /(?<![\w-])glpat-[0-9A-Za-z_-]{20}(?![\w-])/g,
    reason: 'GitLab token',
  },
  {
    needle: 'sk-',
    type: 'GENERIC_SECRET',
    re: /(?<![\w])sk-(?:proj-)?[A-Za-z0-9_-]{32,}(?![\w-])/g,
    reason: 'OpenAI-style API key',
  },
];

const PEM_RE =
  /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END \1PRIVATE KEY(?: BLOCK)?-----/g;
const JWT_RE = /(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?![\w-])/g;

// key, optional quote, separator, optional quote, value.
const ASSIGN_RE =
  /([A-Za-z][\w.-]{0,48}|[\p{L}][\p{L} ]{2,24}?)(["']?)\s*(?::=|=>|[:=])\s*(["']?)([^\s"'`,;<>]{6,256})\3/gu;
const PHRASE_RE =
  /\b(?:password|passwort|kennwort|mot de passe|contraseña|contrasena|secret|token)\s+(?:is|ist|lautet|est|es)\s*:?\s+["']?([^\s"',;]{6,128})/giu;
const BEARER_RE = /\b(?:Bearer|Basic|token)\s+([A-Za-z0-9._~+/-]{20,}=*)/g;
const BARE_RE = /(?<![A-Za-z0-9/+_=-])[A-Za-z0-9/+_-]{30,64}={0,2}(?![A-Za-z0-9/+_=-])/g;

const SECRET_KEYS = CONTEXT_WORDS.GENERIC_SECRET ?? [];
const PASSWORD_KEY_RE = /pass|pwd|kennwort|contrase|mot de passe/;
const PLACEHOLDER_RE =
  /^(?:\*+|x+|\.+|<.*>|\$\{.*\}|%\(.*\)s|\{\{.*\}\}|null|none|true|false|changeme|password|secret|example|redacted|undefined)$/i;

function classes(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/\d/.test(value) ? 1 : 0);
}

/** Random-looking enough to be a credential rather than a word, a hex hash, or an id. */
function looksRandom(value: string, minLength: number, minEntropy = 3.2): boolean {
  if (value.length < minLength || PLACEHOLDER_RE.test(value)) return false;
  if (
    /^[0-9a-f-]+$/i.test(value) &&
    /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f-]{36})$/i.test(value)
  ) {
    return false; // md5/sha1/sha256/uuid: a checksum or id, not a secret
  }
  return classes(value) >= 2 && shannonEntropy(value) >= minEntropy;
}

function keyIsSecret(key: string): boolean {
  const spaced = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase();
  return (
    containsAnyWord(spaced, SECRET_KEYS) ||
    /(?:secret|token|passw|apikey|api key|credential|schlüssel|cl[eé] api|clave)/.test(spaced)
  );
}

/** A key that names an API key or token outright: a 32-64 hex value under it is one, not a digest. */
function keyNamesApiKey(key: string): boolean {
  const spaced = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase();
  return (
    (/(?:api ?key|schlüssel|cl[eé]|clave|access ?key|secret|token)/.test(spaced) ||
      // "stripe_key", "mailgun key": a service's key; not a cache, sort or public key.
      (/(?:^| )key$/.test(spaced) && !NOT_SECRET_KEY_RE.test(spaced))) &&
    !/(?:hash|sum|digest|sha|md5|checksum|fingerprint|commit|etag)/.test(spaced)
  );
}

/** Keys named "… key" that hold no credential. */
const NOT_SECRET_KEY_RE =
  /(?:^| )(?:cache|idempotency|primary|sort|partition|foreign|public|pub|object|lookup|row|map|dedup|group|routing|shard|hash|index|unique|composite|natural|surrogate|s3|storage|file|bucket|i18n|translation|message|field|column|map|dict|redis|kv|cursor)[ ]?key$/;

// A digest named by its algorithm ("SHA256:G8d4…" of ssh-keygen, "sha512-…" of an integrity
// attribute): a fingerprint, not a credential.
// "/api/v2/orders/ORD-2023-402780": a path of words, not a token.
const PATH_LIKE_RE = /^\/?(?:[a-z][a-z0-9_-]*\/){2,}/;
const DIGEST_PREFIX_BEFORE_RE = /(?:sha(?:1|224|256|384|512)|md5)[:-]$/i;

// "postgres://admin:S3cret@db:5432/app": the password of a URL's user info.
const URL_PASSWORD_RE =
  /(?<![\w])[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{1,64}:([^\s@/]{3,128})@[\w.-]+/gi;

// One pass that tells whether any known token prefix is present at all.
const SHAPE_PREFIX_RE =
  /A(?:KIA|SIA|GPA|IDA|ROA|IPA|NPA|NVA|BIA|CCA)|gh[pousr]_|github_pat_|xox[abposre]-|[sr]k_(?:live|test)_|AIza|glpat-|sk-/;
// Triggers run on the lower-cased text (no i flag: much faster on every cell).
const KEY_TRIGGER_RE =
  /pass|pwd|secret|token|key|auth|cred|kennwort|schl|clave|contrase|mot de passe|cl[eé]|bearer/;
const PHRASE_TRIGGER_RE = /pass|kennwort|contrase|secret|token|bearer|basic/;

export function findSecrets(s: ScanState): void {
  const text = s.text;
  if (SHAPE_PREFIX_RE.test(text)) {
    findShapes(s);
    // A token that is the whole text (a credential column's cell) leaves nothing else to find.
    if (s.candidates.some((c) => c.start === 0 && c.end === text.length)) return;
  }
  if (text.includes('-----BEGIN')) {
    PEM_RE.lastIndex = 0;
    for (let m = PEM_RE.exec(text); m !== null; m = PEM_RE.exec(text)) {
      s.push({
        type: 'PRIVATE_KEY',
        start: m.index,
        end: m.index + m[0].length,
        score: 0.99,
        recognizer: 'pem',
        reason: 'PEM private key block',
      });
    }
  }
  if (text.includes('eyJ')) {
    JWT_RE.lastIndex = 0;
    for (let m = JWT_RE.exec(text); m !== null; m = JWT_RE.exec(text)) {
      const header = m[0].slice(0, m[0].indexOf('.'));
      let decoded = '';
      try {
        decoded = Buffer.from(header, 'base64url').toString('utf8');
      } catch {
        // not base64url: leave decoded empty so it is skipped
      }
      if (!decoded.includes('"alg"') && !decoded.includes('"typ"')) continue;
      s.push({
        type: 'JWT',
        start: m.index,
        end: m.index + m[0].length,
        score: 0.97,
        recognizer: 'jwt',
        reason: 'JOSE header + 3 segments',
      });
    }
  }
  findAssignedSecrets(s);
}

function findShapes(s: ScanState): void {
  for (const shape of SHAPES) {
    if (!s.text.includes(shape.needle)) continue;
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(s.text); m !== null; m = shape.re.exec(s.text)) {
      s.push({
        type: shape.type,
        start: m.index,
        end: m.index + m[0].length,
        score: 0.97,
        recognizer: 'secret-shape',
        reason: shape.reason,
      });
    }
  }
}

function pushSecret(
  s: ScanState,
  start: number,
  value: string,
  score: number,
  reason: string,
): void {
  s.push({
    type: 'GENERIC_SECRET',
    start,
    end: start + value.length,
    score,
    recognizer: 'generic-secret',
    reason,
  });
}

function findAssignedSecrets(s: ScanState): void {
  const text = s.text;
  if ((text.includes('=') || text.includes(':')) && KEY_TRIGGER_RE.test(s.lower())) {
    ASSIGN_RE.lastIndex = 0;
    for (let m = ASSIGN_RE.exec(text); m !== null; m = ASSIGN_RE.exec(text)) {
      const key = m[1] ?? '';
      let value = m[4] ?? '';
      if (!keyIsSecret(key) || /^https?:/.test(value) || value.endsWith(':')) {
        // Let a nested assignment ("config: api_key: x") be read from the next word on.
        ASSIGN_RE.lastIndex = m.index + key.length + 1;
        continue;
      }
      const start = m.index + m[0].length - value.length - (m[3]?.length ?? 0);
      if (m[3] === '') value = trimSentencePunctuation(value);
      const isPassword = PASSWORD_KEY_RE.test(key.toLowerCase());
      const accepted = isPassword
        ? value.length >= 6 && !PLACEHOLDER_RE.test(value)
        : looksRandom(value, 12) || (keyNamesApiKey(key) && /^[0-9a-f]{32,64}$/i.test(value));
      if (accepted) {
        pushSecret(
          s,
          start,
          value,
          isPassword ? 0.8 : 0.85,
          `value assigned to a ${isPassword ? 'password' : 'secret'} key`,
        );
      }
    }
  }
  if (PHRASE_TRIGGER_RE.test(s.lower())) findPhrases(s);
  if (text.includes('://')) {
    URL_PASSWORD_RE.lastIndex = 0;
    for (let m = URL_PASSWORD_RE.exec(text); m !== null; m = URL_PASSWORD_RE.exec(text)) {
      const value = m[1] ?? '';
      if (PLACEHOLDER_RE.test(value)) continue;
      const start = m.index + m[0].indexOf(':' + value + '@') + 1;
      pushSecret(s, start, value, 0.9, 'password in the user info of a URL');
    }
  }
  if (text.length >= 20) findBareTokens(s);
  // A whole cell under a secret-named column ("api_token") is the secret itself.
  if (
    s.hintContext.has('GENERIC_SECRET') &&
    !s.candidates.some((c) => c.start === 0 && c.end === text.length)
  ) {
    const value = text.trim();
    if (!/\s/.test(value) && looksRandom(value, 12))
      pushSecret(s, text.indexOf(value), value, 0.8, 'cell of a secret-named column');
  }
}

/**
 * An unquoted value at the end of a sentence or inside brackets ("password=hunter22." or
 * "(token=abc123)") does not own the punctuation after it; a bracket opened inside the value
 * keeps its closing one. "!" and "?" stay: passwords end in them more often than sentences.
 */
function trimSentencePunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && '.,;:)]}>'.includes(value.charAt(end - 1))) {
    const c = value.charAt(end - 1);
    const open = c === ')' ? '(' : c === ']' ? '[' : c === '}' ? '{' : '';
    if (open !== '' && value.lastIndexOf(open, end - 1) >= 0) break;
    end--;
  }
  return end === value.length ? value : value.slice(0, end);
}

function findPhrases(s: ScanState): void {
  const text = s.text;
  PHRASE_RE.lastIndex = 0;
  for (let m = PHRASE_RE.exec(text); m !== null; m = PHRASE_RE.exec(text)) {
    const raw = m[1] ?? '';
    const value = trimSentencePunctuation(raw);
    if (value.length < 6 || PLACEHOLDER_RE.test(value)) continue;
    pushSecret(s, m.index + m[0].length - raw.length, value, 0.75, 'value after "password is"');
  }
  BEARER_RE.lastIndex = 0;
  for (let m = BEARER_RE.exec(text); m !== null; m = BEARER_RE.exec(text)) {
    const value = m[1] ?? '';
    if (looksRandom(value, 20))
      pushSecret(s, m.index + m[0].length - value.length, value, 0.8, 'bearer credential');
  }
}

function findBareTokens(s: ScanState): void {
  const text = s.text;
  // A bare random token: strong when the column or nearby words speak of secrets.
  BARE_RE.lastIndex = 0;
  for (let m = BARE_RE.exec(text); m !== null; m = BARE_RE.exec(text)) {
    const value = m[0];
    if (classes(value) < 3 || !looksRandom(value, 30, 4)) continue;
    if (DIGEST_PREFIX_BEFORE_RE.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (PATH_LIKE_RE.test(value)) continue;
    const context = s.hasContext('GENERIC_SECRET', m.index, 32);
    pushSecret(
      s,
      m.index,
      value,
      context ? 0.8 : 0.55,
      context ? 'high-entropy token with secret context' : 'high-entropy token',
    );
  }
}
