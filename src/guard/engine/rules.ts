/**
 * Rules over lexicon role hits and a few structural patterns. Each rule reports a weighted hit
 * with a folded-text span; `detect` maps spans back to the original text and combines weights.
 * Rules look for co-occurrences within a short distance (a verb of disregard near a word for
 * instructions), which is what separates "ignore all previous instructions" from "ignore the
 * typos", in every language of the lexicon.
 */
import type { RoleHits } from './lexicon/compile-lexicon.js';
import type { GuardHit, GuardKind } from './types.js';
import { anyWithin, gap, hit, merged, near, regexRanges } from './proximity.js';

const CHAT_TEMPLATE =
  /<\|(?:im_start|im_end|system|endoftext|start_header_id|eot_id)\|>|<<\/?sys>>|\[\/?inst\]|\[system\]|(?:^|\n)\s*#{2,}\s*(?:system|instruction|new instructions?)\b|(?:^|\n)\s*(?:system|developer)\s*(?:message|prompt)?\s*:\s*\S/g;
const MARKDOWN_IMAGE = /!\[[^\]\n]{0,200}\]\(\s*<?(https?:\/\/[^)\s>]{1,2000})/g;
const URL = /https?:\/\/[^\s)"'>\]]+/g;
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.-]+/g;
const HIDDEN_HTML =
  /<!--[\s\S]{0,2000}?-->|display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|color\s*:\s*(?:white|#fff\b|#ffffff)/g;
const REMOTE_EXEC =
  /(?:curl|wget)\s[^\n|;]{1,300}\|\s*(?:ba|z)?sh\b|powershell[^\n]{0,40}(?:iex|invoke-expression)/g;
// An instruction for whoever answers later, hidden in data: "When asked about X, always say Y".
const CONDITIONAL_DIRECTIVE =
  /(?<![a-z])(?:when(?:ever)?|if|once) (?:you are |you're |the (?:assistant|model|ai|bot) (?:is )?)?(?:asked|summari[sz]ing|answering|responding|replying|describing|reading this|processing this|generating)[^.\n]{0,100}?(?<![a-z])(?:always|never|make sure (?:to|you)|be sure to|you must|you should|must)(?![a-z])/g;
const PWNED = /(?<![a-z])(?:i have been )?pwned(?![a-z])/g;
const PLACEHOLDER =
  /[[{$<]|%s|(?<![a-z])(?:data|summary|conversation|chat|history|secret|password|key|token|email|user|info)(?![a-z])/;

export interface RuleInput {
  /** Folded text (see normalizeText). */
  readonly text: string;
  /** The original text, for case-sensitive checks (DAN). Same coordinates only when `caseMap` says so. */
  readonly original: (start: number, end: number) => string;
  readonly roles: RoleHits;
  readonly kind: GuardKind;
}

const QUOTE_OPEN = /["“«„]/;
const QUOTE_CLOSE = /["”»“]/;
// "like", "such as", "types", "the phrase"… before a quote: the attack is being talked about.
const MENTION_CUE =
  /(?:like|such as|e\.g\.|for example|types?|typed|writes?|wrote|the (?:phrase|words|string|prompt)|known as|called|says|said|saying|containing|mentions?)\s*[:,]?\s*$/;

/**
 * True when `range` sits inside a short quotation introduced as an example ("a user types
 * \"ignore previous instructions\" and…"): a mention of an attack, not a use of one.
 */
function isQuotedMention(text: string, range: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, range.start - 60), range.start);
  let open = before.length - 1;
  while (open >= 0 && !QUOTE_OPEN.test(before.charAt(open))) open--;
  if (open < 0 || before.slice(open).includes('\n')) return false;
  const after = text.slice(range.end, range.end + 60);
  let close = 0;
  while (close < after.length && !QUOTE_CLOSE.test(after.charAt(close))) close++;
  if (close === after.length || after.slice(0, close).includes('\n')) return false;
  return MENTION_CUE.test(before.slice(0, open));
}

function overrideRules({ roles, text }: RuleInput, out: GuardHit[]): void {
  // "ignore … instructions" within 50 chars; the reverse order ("instructions … ignore", SOV
  // languages) only when adjacent, so "instructions for my sitter: she should ignore" stays clean.
  const ignore = near(roles.ignore, roles.instructions, 50, 12);
  if (ignore !== undefined) {
    // The qualifier ("all previous", "your") belongs to the phrase: inside it, or just before it.
    const hasPrior = roles.prior.some((h) => h.start >= ignore.start - 12 && h.end <= ignore.end);
    const mentioned = isQuotedMention(text, ignore);
    out.push(
      hit(
        'override.ignore-instructions',
        'instruction_override',
        (hasPrior ? 0.85 : 0.55) * (mentioned ? 0.5 : 1),
        ignore,
        mentioned
          ? 'quotes an instruction-override phrase as an example'
          : 'asks the model to disregard its instructions',
      ),
    );
  }
  const voided = near(roles.instructions, roles.void, 40);
  if (voided !== undefined) {
    // The qualifier must sit right before the instruction noun ("your rules", "previous
    // instructions"); "earlier versions no longer apply" says nothing about the model's rules.
    const nouns = roles.instructions.filter((h) => h.start >= voided.start && h.end <= voided.end);
    const strong =
      roles.prior.some((p) => nouns.some((n) => p.end <= n.start && n.start - p.end <= 12)) ||
      roles.authority.length > 0;
    out.push(
      hit(
        'override.instructions-void',
        'instruction_override',
        strong ? 0.8 : 0.4,
        voided,
        "declares the model's instructions void",
      ),
    );
  }
  const authority = roles.authority[0];
  if (authority !== undefined) {
    const backed = [
      roles.ignore,
      roles.void,
      roles.nolimit,
      roles.instructions,
      roles.hijack,
      roles.sysprompt,
    ].some((r) => anyWithin(r, authority, 150));
    out.push(
      hit(
        'override.authority-claim',
        'instruction_override',
        backed ? 0.75 : 0.4,
        authority,
        'claims operator or developer authority',
      ),
    );
  }
}

function extractionRules({ roles }: RuleInput, out: GuardHit[]): void {
  const reveal = near(roles.reveal, roles.sysprompt, 60);
  if (reveal !== undefined) {
    out.push(
      hit(
        'extraction.reveal-system-prompt',
        'system_prompt_extraction',
        0.8,
        reveal,
        'asks the model to reveal its system prompt or hidden instructions',
      ),
    );
  } else if (roles.sysprompt[0] !== undefined) {
    out.push(
      hit(
        'extraction.mentions-system-prompt',
        'system_prompt_extraction',
        0.25,
        roles.sysprompt[0],
        'mentions the system prompt',
      ),
    );
  }
}

function jailbreakRules({ roles }: RuleInput, out: GuardHit[]): void {
  const persona = near(roles.persona, roles.nolimit, 200);
  if (persona !== undefined) {
    out.push(
      hit(
        'jailbreak.unrestricted-persona',
        'roleplay_jailbreak',
        0.85,
        persona,
        'assigns the model a persona free of its rules',
      ),
    );
  }
  const distinct = new Set(roles.nolimit.map((h) => h.start)).size;
  const first = roles.nolimit[0];
  if (first !== undefined && persona === undefined) {
    const weight = distinct >= 3 ? 0.75 : distinct === 2 ? 0.55 : 0.3;
    out.push(
      hit(
        'jailbreak.unrestricted-language',
        'roleplay_jailbreak',
        weight,
        first,
        'talks of the model operating without restrictions',
      ),
    );
  }
}

function indirectRules({ roles, kind, text }: RuleInput, out: GuardHit[]): void {
  // "Assistant:" / "AI agents reading this," — naming the AI followed by a colon or comma is a cue too.
  const vocative = roles.aiAddress.filter((h) =>
    /^\s{0,2}[:,：]/.test(text.slice(h.end, h.end + 3)),
  );
  const addressed = near(roles.aiAddress, merged(roles.cue, vocative), 40);
  const commands = [roles.ignore, roles.exfilVerb, roles.secrecy, roles.hijack, roles.reveal];
  if (addressed !== undefined) {
    const after = { start: addressed.start, end: addressed.end + 250 };
    const commanded = commands.some((r) =>
      r.some((h) => h.start >= addressed.start && gap(h, after) === 0),
    );
    out.push(
      hit(
        'indirect.addressed-to-ai',
        'indirect_instruction',
        commanded ? 0.85 : 0.35,
        addressed,
        commanded
          ? 'text addresses the AI directly and gives it a command'
          : 'text addresses the AI directly',
      ),
    );
  } else {
    const direct = near(roles.aiAddress, merged(roles.ignore, roles.secrecy, roles.hijack), 60);
    if (direct !== undefined) {
      out.push(
        hit(
          'indirect.command-to-ai',
          'indirect_instruction',
          kind === 'document' ? 0.6 : 0.4,
          direct,
          'gives the AI a command',
        ),
      );
    }
  }
  const secret = roles.secrecy[0];
  if (secret !== undefined) {
    out.push(
      hit(
        'indirect.secrecy',
        'indirect_instruction',
        0.45,
        secret,
        'asks to hide an action from the user',
      ),
    );
  }
}

function exfilRules(input: RuleInput, out: GuardHit[]): void {
  const { roles, text } = input;
  const destinations = [
    ...(text.includes('http') ? regexRanges(URL, text) : []),
    ...(text.includes('@') ? regexRanges(EMAIL, text) : []),
  ].sort((x, y) => x.start - y.start);
  const sent = near(roles.exfilVerb, destinations, 150);
  if (sent !== undefined) {
    const hasData = anyWithin(roles.exfilObject, sent, 150);
    out.push(
      hit(
        'exfil.send-to-destination',
        'data_exfiltration',
        hasData ? 0.8 : 0.3,
        sent,
        hasData
          ? 'asks to send conversation data or secrets to an external address'
          : 'asks to send something to an external address',
      ),
    );
  }
  for (const image of regexRanges(MARKDOWN_IMAGE, text, 8)) {
    const url = text.slice(image.start, image.end);
    const query = url.indexOf('?');
    if (query < 0) continue;
    const params = url.slice(query + 1);
    const isBeacon =
      PLACEHOLDER.test(params) || params.length >= 40 || anyWithin(roles.exfilObject, image, 150);
    out.push(
      hit(
        'exfil.markdown-image-beacon',
        'data_exfiltration',
        isBeacon ? 0.85 : 0.45,
        image,
        'markdown image whose URL can carry data out when rendered',
      ),
    );
    break;
  }
}

function structuralRules(input: RuleInput, out: GuardHit[]): void {
  const { text, roles, kind } = input;
  const template = regexRanges(CHAT_TEMPLATE, text, 1)[0];
  if (template !== undefined) {
    out.push(
      hit(
        'override.fake-chat-template',
        'instruction_override',
        0.5,
        template,
        'contains chat-template or role markers that impersonate the system',
      ),
    );
  }
  for (const hidden of regexRanges(HIDDEN_HTML, text, 8)) {
    const region = { start: hidden.start, end: hidden.end + 400 };
    if ([roles.aiAddress, roles.ignore, roles.instructions].some((r) => anyWithin(r, region, 0))) {
      out.push(
        hit(
          'indirect.hidden-html',
          'indirect_instruction',
          kind === 'document' ? 0.7 : 0.55,
          hidden,
          'hidden HTML carries text aimed at the AI',
        ),
      );
      break;
    }
  }
  const exec = regexRanges(REMOTE_EXEC, text, 1)[0];
  if (exec !== undefined) {
    out.push(
      hit(
        'indirect.remote-exec',
        'indirect_instruction',
        0.6,
        exec,
        'asks to pipe a downloaded script into a shell',
      ),
    );
  }
  const directive = regexRanges(CONDITIONAL_DIRECTIVE, text, 1)[0];
  if (directive !== undefined) {
    out.push(
      hit(
        'indirect.conditional-directive',
        'indirect_instruction',
        kind === 'document' ? 0.55 : 0.4,
        directive,
        'tells whoever answers later what to always or never say',
      ),
    );
  }
  const pwned = regexRanges(PWNED, text, 1)[0];
  if (pwned !== undefined) {
    out.push(
      hit(
        'override.canary-phrase',
        'instruction_override',
        0.5,
        pwned,
        'forces a known hijack phrase',
      ),
    );
  }
  const dan = regexRanges(/(?<![a-z])dan(?![a-z])/g, text, 8).find(
    (r) => input.original(r.start, r.end) === 'DAN',
  );
  if (dan !== undefined) {
    const weight = anyWithin(roles.persona, dan, 200)
      ? 0.85
      : roles.nolimit.length > 0
        ? 0.4
        : 0.35;
    out.push(
      hit('jailbreak.dan', 'roleplay_jailbreak', weight, dan, 'invokes the DAN jailbreak persona'),
    );
  }
}

/** Runs every rule on one folded text. Hits carry folded-text coordinates. */
export function runRules(input: RuleInput): GuardHit[] {
  const out: GuardHit[] = [];
  overrideRules(input, out);
  extractionRules(input, out);
  jailbreakRules(input, out);
  indirectRules(input, out);
  exfilRules(input, out);
  structuralRules(input, out);
  return out;
}
