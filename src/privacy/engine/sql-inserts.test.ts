import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { findSqlInserts } from './sql-inserts.js';

describe('findSqlInserts', () => {
  it('reads the column list as the header and each tuple as a row, strings without quotes', () => {
    const text =
      "INSERT INTO `customers` (`id`,`first_name`,`email`) VALUES\n(1,'Diane','d@x.net'),\n(2, 'It''s', NULL);";
    const [table] = findSqlInserts(text);
    expect(table?.header).toEqual(['id', 'first_name', 'email']);
    expect(table?.rows.map((r) => r.map((c) => text.slice(c.start, c.end)))).toEqual([
      ['1', 'Diane', 'd@x.net'],
      ['2', "It''s", 'NULL'],
    ]);
  });

  it('ends at an unclosed string or a tuple of another width, and reads nothing else', () => {
    expect(findSqlInserts("INSERT INTO t (a, b) VALUES (1, 'open")).toEqual([]);
    expect(findSqlInserts('SELECT * FROM t WHERE a IN (1, 2)')).toEqual([]);
    const text = "INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y', 3);";
    expect(findSqlInserts(text)[0]?.rows).toHaveLength(1);
  });

  it('lets the analyser read each value with its column name as context', () => {
    const text =
      "INSERT INTO users (id, last_name, birth_date) VALUES (7, 'Zorbulat', '1990-10-06'), (8, 'Quenmar', '1959-11-28');";
    const found = createAnalyzer()
      .analyze(text)
      .map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['PERSON', 'Zorbulat'],
      ['DATE_OF_BIRTH', '1990-10-06'],
      ['PERSON', 'Quenmar'],
      ['DATE_OF_BIRTH', '1959-11-28'],
    ]);
  });
});
