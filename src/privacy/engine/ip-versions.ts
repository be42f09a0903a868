import { NEGATIVE_WORDS, containsAnyWord } from './context-words.js';
import type { HintContext } from './scan-state.js';

/*
 * Dotted quads that are versions, not addresses: what stands before or after a quad ("APP_VERSION=",
 * "upgraded to", "Grafana →", "gültig ab"), a column or a header field naming versions, a range
 * of versions. The IP recogniser asks these before it reports an address.
 */

// Version talk the negative word list cannot see: a key naming a version ("APP_VERSION=",
// "imageTag:"), and inflected update verbs with their preposition ("upgrading from", "updated
// to", "actualizar desde la", "aktualisiert auf", "mis à jour vers"), right before the quad.
const VERSION_KEY_BEFORE_RE = /(?:version|release|build|tag|image)[a-z_]*["']?\s*[=:]\s*["']?$/i;
const VERSION_VERB_BEFORE_RE =
  /(?:upgrad|downgrad|updat|bump|releas|roll(?:ed|ing)? ?back|actualiz|aktualisier|mis(?:e|es)? à jour|migr)\p{L}*\s+(?:(?:[\p{L}\d][\p{L}\d.-]{0,20}\s+){1,3}(?=(?:from|to|auf|von|desde|hasta|a|à|de|vers|en)\s))?(?:(?:from|to|auf|von|desde|hasta|a|à|de|vers|en|la|el|the|version|versión|versi[oó]n)\s+){0,2}$/iu;
// "the deployment of 12.8.26.8", "despliegue de la 12.8.26.8" (of: what was deployed, not where).
const DEPLOYMENT_OF_BEFORE_RE =
  /(?:^|[^\p{L}])(?:deployment|rollout|despliegue|déploiement|bereitstellung|auslieferung)\s+(?:of|de la|del|de|du|de l['’]|der|des)\s*$/iu;
// A Markdown heading ("## 1.4.2.7 — 2023-10-17") or an image tag ("registry/shop-api:11.1.0.47").
const HEADING_BEFORE_RE = /(?:^|\n)#{1,6}[ \t]+$/;
const IMAGE_TAG_BEFORE_RE = /[\w.-]+\/[\w./-]+:$/;

// "pushed 1.6.4.45", "deployed 3.2.0.1": shipping verbs name what was shipped right after them
// ("deployed to 10.0.0.5" names where, so a preposition keeps the address).
const SHIP_VERB_BEFORE_RE =
  /(?:^|[^\p{L}])(?:[Pp]ush|[Dd]eploy|[Ss]hip|[Bb]ump|[Tt]agg|[Gg]etaggt|[Gg]epusht|[Aa]usgerollt|PUSH|DEPLOY)\p{L}*\s+(?:\p{Lu}[\p{L}\d-]{1,20}\s+)?$/u;
// "client=WireGuard 5.13.8.35", "gateway fw 7.9.17.81": a product in CamelCase, or firmware.
const PRODUCT_BEFORE_RE = /(?:(?<![\p{L}])\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*|(?<![\p{L}])fw)\s$/u;
// "PDF-Renderer auf 9.29.9.111 aktualisiert": the update verb after the version.
export const UPDATED_AFTER_RE =
  /^\s(?:aktualisiert|updated|installiert|installed|ausgerollt|mis à jour|actualizad[oa])/iu;
// "(conditions générales 7.32.0.175, en vigueur au …)", "AVB Stand 4.25.4.227, gültig ab …": a
// document's version and the day it applies from.
export const VALID_FROM_AFTER_RE =
  /^\)?,?\s*(?:valid from|valid since|effective (?:from|as of|since)|in force (?:from|since)|gültig ab|gültig seit|en vigueur|vigentes? desde|vigentes? a partir)/iu;
// "Grafana → 1.39.13.30", "Kafka -> 11.22.4.179": a product bumped to a version; "… ↔ Rails
// 21.36.36.120": a product in a chain of compatible versions.
const PRODUCT_ARROW_BEFORE_RE =
  /(?:\p{Lu}[\p{L}\d.-]*\s?(?:→|->|↔|<->)\s?|(?:→|->|↔|<->)\s?\p{Lu}[\p{L}\d.-]*\s)$/u;
// "Versionshinweise 10.0.6.37", "Release notes 2.8.21.142": the title of a release.
const RELEASE_TITLE_BEFORE_RE =
  /(?:versionshinweise|release notes|notes de version|notas de la versi[oó]n|notas de versi[oó]n|changelog|änderungsprotokoll|journal des modifications)\s*:?\s*$/iu;
// "Ref.: 19.0.2.201", "Réf. 4.6.7.173": a dotted reference number.
const REFERENCE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:ref|réf|referencia|referenz|reference|référence)\.?\s*(?:no\.?|nr\.?|n°|#)?\s*[:#]?\s*$/iu;

// "Die Vorversion 2.8.14.194", "Firmwareversion 1.4.0.12": a German compound naming a version.
const VERSION_COMPOUND_BEFORE_RE = /\p{Ll}(?:version|versionen|release|build)\s+$/u;

export function isVersionContext(before: string): boolean {
  return (
    VERSION_COMPOUND_BEFORE_RE.test(before) ||
    VERSION_KEY_BEFORE_RE.test(before) ||
    VERSION_VERB_BEFORE_RE.test(before) ||
    SHIP_VERB_BEFORE_RE.test(before) ||
    DEPLOYMENT_OF_BEFORE_RE.test(before) ||
    HEADING_BEFORE_RE.test(before) ||
    IMAGE_TAG_BEFORE_RE.test(before) ||
    REFERENCE_BEFORE_RE.test(before) ||
    PRODUCT_ARROW_BEFORE_RE.test(before) ||
    PRODUCT_BEFORE_RE.test(before) ||
    RELEASE_TITLE_BEFORE_RE.test(before)
  );
}

// "deployed to 10.0.0.12", "connecting to 10.1.2.3": where something went is an address, whatever
// version words stand further back.
export const DEPLOYED_TO_BEFORE_RE =
  /(?:deploy|push|ship|copi|upload|connect|rout|forward)\p{L}*\s+(?:to|on|onto|at|auf|nach|vers|sur|en|a|al)\s+$/iu;
// Between two versions: "from 12.1.4.135 to 16.7.1.2", "de la 1.2.3.4 a la 1.2.4.0", "1.2.3.4 → 1.2.3.5".
export const VERSION_RANGE_GAP_RE = /^\s*(?:to|a la|a|à|al|vers|bis|auf|hasta|->|→|↔|<->|–|-)\s*$/i;

const versionColumns = new WeakMap<HintContext, boolean>();

/** True when a column header names versions, not addresses; worked out once per header. */
export function isVersionColumn(hint: HintContext): boolean {
  if (hint.text === '') return false;
  let verdict = versionColumns.get(hint);
  if (verdict === undefined) {
    // "clientVersion": a version field even though "client" speaks of hosts too.
    verdict =
      isVersionField(hint.text) ||
      (!hint.has('IP_ADDRESS') && containsAnyWord(hint.text, NEGATIVE_WORDS.IP_ADDRESS));
    versionColumns.set(hint, verdict);
  }
  return verdict;
}

/**
 * The first line of the block holding the line at `lineStart`: back to a blank line or the start
 * of the text, 50 lines at most; undefined when that line is the block's first.
 */
function headerAbove(text: string, lineStart: number): string | undefined {
  let head = lineStart;
  for (let k = 0; k < 50 && head > 0; k++) {
    const prev = text.lastIndexOf('\n', head - 2) + 1;
    if (text.slice(prev, head - 1).trim() === '') break;
    head = prev;
  }
  if (head === lineStart) return undefined;
  const end = text.indexOf('\n', head);
  return text.slice(head, end < 0 ? text.length : end);
}

/**
 * True when the value at `start` sits in a column of lined-up text whose header, the first line
 * of its block, names a version right above it ("Device   Firmware   Checked").
 */
export function underVersionHeader(text: string, start: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0) return false;
  const header = headerAbove(text, lineStart);
  if (header === undefined) return false;
  const column = start - lineStart;
  const above = header.slice(Math.max(0, column - 2), column + length + 2).toLowerCase();
  return containsAnyWord(above, NEGATIVE_WORDS.IP_ADDRESS);
}

// A header field naming versions: "Fix Version", "clientVersion", "firmware_build".
const VERSION_FIELD_RE = /version|build|firmware|release|mailer|user.?agent/i;

/** True when a header field names versions ("clientVersion") and no address ("ip_version"). */
function isVersionField(field: string): boolean {
  return VERSION_FIELD_RE.test(field) && !/(?:^|[^a-z])ip|address/i.test(field);
}

/**
 * True when the value at `start` is a field of a delimited line (comma, tab, semicolon, pipe)
 * whose column, in the first line of its block, is named for versions ("…,Fix Version" over
 * "…,Blocked,2025-12-28,2.4.4.1"); "X-Mailer: Outlook 9.4.1.185" is a mail header's software.
 */
export function inVersionField(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/^(?:x-mailer|user-agent)\s*:/i.test(before)) return true;
  const delimiter = ['\t', ',', ';', '|'].find(
    (d) => before.endsWith(d) || before.endsWith(`${d} `),
  );
  if (delimiter === undefined || lineStart === 0) return false;
  const column = before.split(delimiter).length - 1;
  const header = headerAbove(text, lineStart);
  if (header === undefined) return false;
  const field = header.split(delimiter)[column];
  return field !== undefined && isVersionField(field);
}
