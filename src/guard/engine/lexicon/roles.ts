/** Concept classes of the multilingual lexicon; rules look for co-occurrences of roles. */
export const LEXICON_ROLES = [
  'ignore',
  'prior',
  'instructions',
  'void',
  'sysprompt',
  'reveal',
  'persona',
  'nolimit',
  'aiAddress',
  'cue',
  'hijack',
  'secrecy',
  'authority',
  'exfilVerb',
  'exfilObject',
] as const;

export type LexiconRole = (typeof LEXICON_ROLES)[number];

/** Languages every role covers (ISO 639-1). */
export const LEXICON_LANGUAGES = [
  'en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko',
  'vi', 'id', 'sv', 'el', 'he', 'fa', 'th', 'sw', 'cs', 'ro',
] as const;
