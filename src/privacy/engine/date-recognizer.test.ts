import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';

const analyzer = createAnalyzer();

function birthDates(text: string): string[] {
  return analyzer
    .analyze(text)
    .filter((f) => f.type === 'DATE_OF_BIRTH')
    .map((f) => text.slice(f.start, f.end));
}

describe('findBirthDates', () => {
  it.each([
    ['Patientin Anna Weber, * 14.07.1998, Diagnose folgt', '14.07.1998'],
    ['Patientin Anna Weber, * 14. Jul. 1998, Diagnose folgt', '14. Jul. 1998'],
    ['el denunciante, nacido el 18/may/2007, con domicilio', '18/may/2007'],
    ['Fecha de nacimiento: 11/nov/1942', '11/nov/1942'],
  ])('%s', (text, value) => {
    expect(birthDates(text)).toEqual([value]);
  });

  it.each([
    '* 14.07.1998 release notes published',
    'Rechnung 2 * 14.07.2024',
    'Wartung am 18/may/2025 geplant.',
  ])('leaves dates without a birth sign alone: %s', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});
