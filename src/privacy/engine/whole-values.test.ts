import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { CsvRowReader } from './csv-reader.js';
import type { EntityType } from './entity-types.js';
import { HintContext } from './scan-state.js';
import { wholeValueFinding } from './whole-values.js';

// The whole-value checks are a shortcut: for every cell they accept, the analyzer must answer
// exactly as it does without them (same type, span, score and reason).
const withChecks = createAnalyzer();
const withoutChecks = createAnalyzer({ wholeValueChecks: false });

function expectSameAnswer(cell: string, hint: string, type: EntityType): void {
  expect(withChecks.analyze(cell, hint, type), `${type} ${hint}: ${cell}`).toEqual(
    withoutChecks.analyze(cell, hint, type),
  );
}

const EDGE_CASES: readonly [EntityType, string, string][] = [
  ['EMAIL', 'email', 'jane.doe@example.com'],
  ['EMAIL', 'email', 'jane.@example.com'],
  ['EMAIL', 'email', '.jane@example.com'],
  ['EMAIL', 'contact', "o'brien+news@mail.example.co.uk"],
  ['EMAIL', 'email', 'jane@example.c0m'],
  ['CREDIT_CARD', 'card_number', '4111 1111 1111 1111'],
  ['CREDIT_CARD', 'card_number', '4111-1111-1111-1111'],
  ['CREDIT_CARD', 'card_number', '4111 1111-1111 1111'],
  ['CREDIT_CARD', 'card_number', '4111111111111112'],
  ['CREDIT_CARD', 'payment', '378282246310005'],
  ['CREDIT_CARD', 'payment', '3782 822463 10005'],
  ['CREDIT_CARD', 'payment', '41111  11111111111'],
  ['IBAN', 'iban', 'DE89 3704 0044 0532 0130 00'],
  ['IBAN', 'iban', 'DE89370400440532013000'],
  ['IBAN', 'iban', 'DE89370400440532013001'],
  ['IBAN', 'iban', 'DE 89370400440532013000'],
  ['IBAN', 'account', 'GB29NWBK60161331926819'],
  ['IBAN', 'iban', 'de89370400440532013000'],
  ['US_SSN', 'ssn', '123-45-6789'],
  ['US_SSN', 'ssn', '666-45-6789'],
  ['US_SSN', 'id', '123-45-6789'],
  ['US_SSN', 'ssn', '123 45 6789'],
  ['IP_ADDRESS', 'ip', '192.168.1.20'],
  ['IP_ADDRESS', 'ip', '1.2.3.4'],
  ['IP_ADDRESS', 'last_login_ip', '10.20.30.40'],
  ['IP_ADDRESS', 'address', '203.0.113.9'],
  ['IP_ADDRESS', 'ip', '2001:db8::1'],
  ['URL', 'homepage', 'https://example.com/jane'],
  ['URL', 'homepage', 'https://example.com/jane.'],
  ['URL', 'homepage', 'https://api.example.com/v1'],
  ['URL', 'homepage', 'http://a'],
  ['PERSON', 'full_name', 'Anna Schmidt'],
  ['PERSON', 'name', 'Don Smith'],
  ['PERSON', 'name', 'Anna Don'],
  ['PERSON', 'customer', 'Jordan River'],
  ['PERSON', 'col3', 'Maria Lopez'],
  ['PERSON', 'full_name', 'Zxq Wvy'],
];

describe('whole-value checks', () => {
  it.each(EDGE_CASES)('answer %s like the recogniser (%s: %s)', (type, hint, cell) => {
    expectSameAnswer(cell, hint, type);
  });

  it('answer like the recognisers on every typed cell of the shared table', () => {
    const file = path.resolve(import.meta.dirname, '../../../../shared/data/pii/table.csv');
    const reader = new CsvRowReader();
    const rows = [...reader.push(readFileSync(file, 'utf8')), ...reader.end()];
    const header = rows.shift() ?? [];
    const typed: [string, EntityType][] = [
      ['full_name', 'PERSON'],
      ['email', 'EMAIL'],
      ['card_number', 'CREDIT_CARD'],
      ['iban', 'IBAN'],
      ['ssn', 'US_SSN'],
      ['last_login_ip', 'IP_ADDRESS'],
      ['homepage', 'URL'],
    ];
    let accepted = 0;
    for (const [column, type] of typed) {
      const c = header.indexOf(column);
      expect(c).toBeGreaterThanOrEqual(0);
      for (const row of rows) {
        const cell = row[c] ?? '';
        if (cell === '') continue;
        if (wholeValueFinding(type, cell, new HintContext(column)) !== undefined) accepted++;
        expectSameAnswer(cell, column, type);
      }
    }
    // The shortcut must actually be taken for most cells, or it is dead code.
    expect(accepted).toBeGreaterThan(rows.length * 4);
  });

  it('decline what they cannot prove, leaving it to the recogniser', () => {
    const hint = new HintContext('value');
    expect(wholeValueFinding('EMAIL', ' jane@example.com', hint)).toBeUndefined();
    expect(wholeValueFinding('CREDIT_CARD', '4111111111111112', hint)).toBeUndefined();
    expect(wholeValueFinding('PHONE', '+49 30 1234567', hint)).toBeUndefined();
    expect(wholeValueFinding('PERSON', 'Zxq Wvy', hint)).toBeUndefined();
  });
});
