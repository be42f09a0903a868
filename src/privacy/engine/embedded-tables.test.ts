import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { findEmbeddedTables } from './embedded-tables.js';

const cellsOf = (text: string): string[][][] =>
  findEmbeddedTables(text).map((t) => t.rows.map((r) => r.map((c) => text.slice(c.start, c.end))));

describe('findEmbeddedTables', () => {
  it('finds a pasted table under a header that names personal data, with any delimiter', () => {
    const text = 'Please add:\n\nname;email\nJane Doe;jane@x.org\nTom Lee ; tom@y.org\n\nThanks';
    expect(findEmbeddedTables(text).map((t) => t.header)).toEqual([['name', 'email']]);
    expect(cellsOf(text)).toEqual([
      [
        ['Jane Doe', 'jane@x.org'],
        ['Tom Lee', 'tom@y.org'],
      ],
    ]);
    expect(cellsOf('Nom\tTéléphone\r\nDupont\t06 12 34 56 78')).toEqual([
      [['Dupont', '06 12 34 56 78']],
    ]);
  });

  it('keeps quoted fields whole and leaves their quotes out', () => {
    const text = 'id,last_name,address\n7,Keller,"12 Rue de la Paix, 75002 Paris"';
    expect(cellsOf(text)).toEqual([[['7', 'Keller', '12 Rue de la Paix, 75002 Paris']]]);
  });

  it('ends the table at a blank line or a row with another field count', () => {
    const text = 'name,email\nJane Doe,jane@x.org\nsee you soon, Tom, and thanks\nLee,lee@x.org';
    expect(cellsOf(text)).toEqual([[['Jane Doe', 'jane@x.org']]]);
  });

  it('does not read prose, or a header of things rather than people, as a table', () => {
    expect(findEmbeddedTables('Hi Anna, thanks\nBye, Tom')).toEqual([]);
    expect(findEmbeddedTables('product;price;sku\nWidget;9.99;AB-1')).toEqual([]);
    expect(findEmbeddedTables('name;email')).toEqual([]); // a header alone
    expect(findEmbeddedTables('one line, no table')).toEqual([]);
  });
});

describe('analyzer on pasted tables', () => {
  const analyzer = createAnalyzer();
  const found = (text: string): [string, string][] =>
    analyzer.analyze(text).map((f) => [f.type, text.slice(f.start, f.end)]);

  it('reads each cell with its column header as context', () => {
    const text =
      'id,last_name,first_name,birth_date\n48213,Keller,Francette,12/03/1987\n99120,Zörükötter,Brötrud,1990-05-04';
    expect(found(text)).toEqual([
      ['PERSON', 'Keller'],
      ['PERSON', 'Francette'],
      ['DATE_OF_BIRTH', '12/03/1987'],
      ['PERSON', 'Zörükötter'],
      ['PERSON', 'Brötrud'],
      ['DATE_OF_BIRTH', '1990-05-04'],
    ]);
  });

  it('counts a name-shaped cell as a name only in a column of names', () => {
    const names = 'name;email\nJane Doe;jane@x.org\nZörükötter Brötrud;zb@y.de';
    expect(found(names)).toContainEqual(['PERSON', 'Zörükötter Brötrud']);
    const products = 'name;email\nSteel Bracket;sales@x.org\nOak Table;sales@x.org';
    expect(found(products).filter(([type]) => type === 'PERSON')).toEqual([]);
  });
});

describe('analyzer on pasted tables with name headers', () => {
  const analyzer = createAnalyzer();
  it('takes every name-shaped cell under a header that can only hold names', () => {
    const text =
      'id,last_name,first_name\n45526,Elivmann,Vydor\n86395,de Altenwerth,Edmund\n11,Qurzabek,Tolvin';
    expect(
      analyzer
        .analyze(text)
        .filter((f) => f.type === 'PERSON')
        .map((f) => text.slice(f.start, f.end)),
    ).toEqual(['Elivmann', 'Vydor', 'de Altenwerth', 'Edmund', 'Qurzabek', 'Tolvin']);
  });
});
