import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { CsvRowReader } from './csv-reader.js';
import type { EntityType } from './entity-types.js';
import { DEFAULT_PHONE_REGIONS } from './phone-recognizer.js';
import { HintContext } from './scan-state.js';
import { wholeValueFinding } from './whole-values.js';

// The whole-value checks are a shortcut: for every cell they accept, the analyzer must answer
// exactly as it does without them (same type, span, score and reason).
const withChecks = createAnalyzer();
const withoutChecks = createAnalyzer({ wholeValueChecks: false });
const PHONE = { regions: DEFAULT_PHONE_REGIONS, threshold: 0.5 };

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
  ['PHONE', 'phone', '617-958-5582'],
  ['PHONE', 'phone', '(617) 958-5582'],
  ['PHONE', 'phone', '+49 30 1234567'],
  ['PHONE', 'phone', '0049 30 1234567'],
  ['PHONE', 'phone', '+49 (0)89 1234567'],
  ['PHONE', 'phone', '01 93 22 46 98'],
  ['PHONE', 'phone', '555.123.4567'],
  ['PHONE', 'phone', '2024-01-05'],
  ['PHONE', 'phone', '12.5.1.3'],
  ['PHONE', 'phone', '6175 - 958 5582'],
  ['PHONE', 'phone', '1234567890123'],
  ['PHONE', 'value', '617 958 5582'],
  ['PHONE', 'value', '6179585582'],
  ['PHONE', 'tel', '+1 555 123 4567 8 9 1'],
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
      ['phone', 'PHONE'],
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
        if (wholeValueFinding(type, cell, new HintContext(column), PHONE) !== undefined) accepted++;
        expectSameAnswer(cell, column, type);
      }
    }
    // The shortcut must actually be taken for most cells, or it is dead code.
    expect(accepted).toBeGreaterThan(rows.length * 4);
  });

  it('decline what they cannot prove, leaving it to the recogniser', () => {
    const hint = new HintContext('value');
    const phone = { regions: DEFAULT_PHONE_REGIONS, threshold: 0.5 };
    expect(wholeValueFinding('EMAIL', ' jane@example.com', hint, phone)).toBeUndefined();
    expect(wholeValueFinding('CREDIT_CARD', '4111111111111112', hint, phone)).toBeUndefined();
    expect(wholeValueFinding('PHONE', '2024-01-05', hint, phone)).toBeUndefined();
    expect(wholeValueFinding('PERSON', 'Zxq Wvy', hint, phone)).toBeUndefined();
  });
});

describe('bare numbers', () => {
  // A seeded generator: digit runs of every length, Luhn-valid or not, under several headers.
  function* numbers(): Generator<string> {
    let x = 20_240_601;
    const next = (): number => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 3000; i++) {
      const length = 1 + (next() % 24);
      let digits = String(1 + (next() % 9));
      while (digits.length < length) digits += String(next() % 10);
      yield digits;
    }
    yield* ['4111111111111111', '4111111111111112', '378282246310005', '5500000000000004'];
    yield* ['123456', '1234567', '-12345', '12.50', '1,5'];
  }

  it.each(['amount', 'tracking_no', 'customer_id', 'card', 'password', 'date_of_birth', ''])(
    'are answered as the recognisers answer them under "%s"',
    (hint) => {
      for (const value of numbers())
        expect(withChecks.analyze(value, hint), `${hint}: ${value}`).toEqual(
          withoutChecks.analyze(value, hint),
        );
    },
  );
});
