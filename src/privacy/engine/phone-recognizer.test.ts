import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';

const analyzer = createAnalyzer();

function phones(text: string): string[] {
  return analyzer
    .analyze(text)
    .filter((f) => f.type === 'PHONE')
    .map((f) => text.slice(f.start, f.end));
}

describe('findPhones: national numbers written without spaces', () => {
  it.each([
    ['Tél. : 0381741855', '0381741855'],
    ['Merci de rappeler M. Pierre au 0731010641 avant octobre.', '0731010641'],
    ['Por favor, que me llame al 994224798.', '994224798'],
    ['Kundin: Meine Nummer ist 079227079222', '079227079222'],
    ['Tel.: 0578928756107', '0578928756107'],
    ['Tel.: 09797/09799469', '09797/09799469'],
  ])('%s', (text, value) => {
    expect(phones(text)).toEqual([value]);
  });

  it.each(['Bestellung 0578928756107 ist unterwegs.', 'Referenz 0381741855 im Vorgang.'])(
    'needs a phone word for an unformatted run: %s',
    (text) => {
      expect(phones(text)).toEqual([]);
    },
  );
});

describe('findPhones: the trunk prefix kept after the country code', () => {
  it.each([
    ['Tel: +490166792416', '+490166792416'],
    ['Tel.: +49 0151 12345678', '+49 0151 12345678'],
    ['Portable : +33 06 12 34 56 78', '+33 06 12 34 56 78'],
    ['Dudas al +52 1 55 8888 7414.', '+52 1 55 8888 7414'],
  ])('%s', (text, value) => {
    expect(phones(text)).toEqual([value]);
  });

  it.each(['ref +490000000000', 'call +1 0415 555 0132', 'ref +52 1 00 0000 0000'])(
    'stays invalid when the rest is no number of that country: %s',
    (text) => {
      expect(phones(text)).toEqual([]);
    },
  );
});

describe('findPhones: numbers that are something else', () => {
  it.each([
    'New in: the Model Y (art. no. 666-41-7673), now £5,105.29.',
    'Nouveauté : Fauteuil Voltaire (réf. 966-40-2962), désormais 2 326,64 EUR.',
    'An IBAN such as NL19 AFSG 2242 8094 24 has invalid check digits.',
  ])('%s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('keeps real numbers near those words', () => {
    expect(phones('Tel. 030 12345678, Artikel 4')).toEqual(['030 12345678']);
    expect(phones('Call +1 415 555 0100 about the refund')).toEqual(['+1 415 555 0100']);
  });
});

describe('findPhones: bracketed country codes and the North American 1', () => {
  it.each([
    ['Teléfono: (+34) 952 93 23 12', '(+34) 952 93 23 12'],
    ['Tél. (+33) 5 68 40 55 66.', '(+33) 5 68 40 55 66'],
    ['Une question ? Appelez le 1 (902) 923-6638.', '1 (902) 923-6638'],
    ['llamada con Hugo (+34) 937 14 04 71 sobre la renovación', '(+34) 937 14 04 71'],
  ])('%s', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it('does not take a bracketed code before something that is not a number of that country', () => {
    expect(phones('Version (+1) 2.3.4 released')).toEqual([]);
  });
});

describe('findPhones: order numbers', () => {
  it('does not take a number after an order-number word', () => {
    expect(phones('Preis 1.299,00 €, Bestellnummer 4711-0815-2024.')).toEqual([]);
  });
});

describe('findPhones: contact lines and line breaks', () => {
  it('reads a bare national number next to an e-mail address on its line as a phone', () => {
    expect(
      phones('Listing agent: Saraine Corviier · 07956580338 · s.corviier@skylark.co.uk'),
    ).toEqual(['07956580338']);
    expect(phones('Meine Handynummer: 0798571479')).toEqual(['0798571479']);
    expect(phones('Bei Fragen erreichen Sie mich unter 0786421976.')).toEqual(['0786421976']);
  });

  it('does not take a number by an e-mail address when a negative word is nearer', () => {
    expect(phones('user=a@b.fr amount=$4,333.00 order=SR 65157059')).toEqual([]);
  });

  it('does not read a Unix time as a phone, even near an e-mail address', () => {
    expect(phones('sign-in to felipe@gmail.com from 74.45.44.1 at 1587413160.')).toEqual([]);
  });

  it('never runs a number on to the next line', () => {
    expect(phones('a@b.fr;0960124970;05/12/1945\n15517;Lemaire')).toEqual(['0960124970']);
    expect(phones('Boulevard Voltaire 178/3\n1700 Fribourg')).toEqual([]);
  });
});

describe('findPhones: the trunk zero of national numbers', () => {
  it.each([
    'Ihr Paket 298 951 994 087 kommt heute zwischen 11.45 Uhr und 15 Uhr.',
    'CLT ÉNERVÉ!! colis 3714 4629 2747 pas reçu',
    'Coppel: tu paquete 0979 7785 7112 llegará hoy',
  ])('reads twelve digits without the trunk 0 as a parcel, not a phone: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('takes them after a phone label, and takes US numbers that have no trunk 0', () => {
    expect(phones('Viele Grüße\nTel.: 109428116100')).toEqual(['109428116100']);
    expect(phones('Call me at 415 555 2671 tonight')).toEqual(['415 555 2671']);
  });
});

describe('findPhones: booking, ticket and contract numbers', () => {
  it.each([
    'Thank you for choosing Seaview Lodge. Confirmation number 940-458-8732.',
    'Eventservice Krone – Mietvertrag Nr. 06 98 13 99 09',
    'Récapitulatif : N° de confirmation : 82 28 04 46 94',
    'Durante mi estancia (reserva 66 97 90 29 10) el aire no funcionó',
    'Billet n° 170-646-3202   Ouverture des portes 7h05',
  ])('reads a number after a booking word or a number sign as no phone: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('keeps a phone after a phone word, a "contact no." or an international "#"', () => {
    expect(phones('Tel.-Nr. 0151 23456789')).toEqual(['0151 23456789']);
    expect(phones('resides at 15 Zora Prairie. Contact no. (337) 446-2759.')).toEqual([
      '(337) 446-2759',
    ]);
    expect(phones('mom this is my new # +1 512 586 5957 old phone broke')).toEqual([
      '+1 512 586 5957',
    ]);
    expect(phones('Clinic: 950 W 9th Street, Boise, ID 83750 · 718-375-5022')).toEqual([
      '718-375-5022',
    ]);
  });
});
