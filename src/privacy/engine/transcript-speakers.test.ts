import { describe, expect, it } from 'vitest';
import { persons } from './analyzer-spans.js';

describe('findTranscriptSpeakers', () => {
  it('takes every speaker of a call transcript as a person, known to a list or not', () => {
    const text = [
      'Claims hotline, 6th September 2023',
      '',
      'Grushoa: Claims, good morning.',
      'Thorn Mertley: Morning, I want to report a claim.',
      'Grushoa: Of course, what is your policy number?',
      'Thorn Mertley: It is on the letter, one moment.',
    ].join('\n');
    expect(persons(text)).toEqual(['Grushoa', 'Thorn Mertley', 'Grushoa', 'Thorn Mertley']);
  });

  it('reads speakers after a time stamp and before a role in brackets', () => {
    const text = [
      '[2023-05-09 10:36] Serd (Support): Bonjour ! Comment puis-je vous aider ?',
      '[2023-05-09 10:37] Cunco: mon colis est perdu depuis hier',
      '[2023-05-09 10:38] Serd (Support): Je regarde tout de suite.',
    ].join('\n');
    expect(persons(text)).toEqual(['Serd', 'Cunco', 'Serd']);
  });

  it('does not take the labels of mail headers, changelogs or forms as speakers', () => {
    const changelog = [
      'Fixed: crash when the config file is empty',
      'Added: a flag to skip the cache entirely',
      'Fixed: wrong exit code on a failed upload',
    ].join('\n');
    expect(persons(changelog)).toEqual([]);
    const thread = [
      'Subject: Quarterly numbers for the board',
      'Status: waiting on finance to confirm',
      'Subject: Re quarterly numbers for the board',
    ].join('\n');
    expect(persons(thread)).toEqual([]);
  });
});
