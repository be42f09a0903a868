import { describe, expect, it } from 'vitest';
import { findAddresses } from './address-recognizer.js';
import { createAnalyzer, resolveOverlaps } from './analyzer.js';
import { HintContext, ScanState } from './scan-state.js';

/** The address spans the recogniser reports in `text` (threshold 0.5, overlaps resolved). */
function addresses(text: string, hint = ''): string[] {
  const s = new ScanState(text, new HintContext(hint));
  findAddresses(s);
  return resolveOverlaps(s.candidates.filter((c) => c.score >= 0.5)).map((c) =>
    text.slice(c.start, c.end),
  );
}

/** `text` holds exactly the address `value`. */
function expectAddress(text: string, value: string): void {
  expect(addresses(text)).toEqual([value]);
}

describe('findAddresses: English', () => {
  it.each([
    [
      'confirmed the postal address 90361 Eduardo Hills Suite 114, New Ivanworth, OR 46117.',
      '90361 Eduardo Hills Suite 114, New Ivanworth, OR 46117',
    ],
    [
      'mailing address 594 Wiley Knolls, Lake Glenn, NH 73658.',
      '594 Wiley Knolls, Lake Glenn, NH 73658',
    ],
    [
      'Send it to 61154 Braun Crossing, Madera, KS 08776 today',
      '61154 Braun Crossing, Madera, KS 08776',
    ],
    [
      'at 4718 Vandervort Turnpike Apt. 699, Pico Rivera, WI 64285.',
      '4718 Vandervort Turnpike Apt. 699, Pico Rivera, WI 64285',
    ],
    ['at 12 Oak Ridge Unit 3B, Austin, TX 78701', '12 Oak Ridge Unit 3B, Austin, TX 78701'],
    [
      'shipped to 1660 E 9th Street, South Chelseabury, ME 81309',
      '1660 E 9th Street, South Chelseabury, ME 81309',
    ],
    ['office: 669 S Broadway, Enochview, GA 98304.', '669 S Broadway, Enochview, GA 98304'],
    [
      '316 Madison Street Suite 994, Fond du Lac, CO 85079',
      '316 Madison Street Suite 994, Fond du Lac, CO 85079',
    ],
    ['123 Main St\nSpringfield, IL 62704', '123 Main St\nSpringfield, IL 62704'],
    ['She lives at 594 Wiley Knolls.', '594 Wiley Knolls'],
  ])('US: %s', (text, value) => expectAddress(text, value));

  it.each([
    [
      'moved to 27 Pfeffer Fields, Hyatt Park TF30 82N last month',
      '27 Pfeffer Fields, Hyatt Park TF30 82N',
    ],
    [
      'address 65 Woodland Road, Keeling-upon-Dach DT31 59X.',
      '65 Woodland Road, Keeling-upon-Dach DT31 59X',
    ],
    ['10 Downing Street, London SW1A 2AA', '10 Downing Street, London SW1A 2AA'],
    [
      '4 Privet Drive, Little Whinging, Surrey GU12 4AB',
      '4 Privet Drive, Little Whinging, Surrey GU12 4AB',
    ],
    ['at 5446 The Grange, Lake Ira, ME 42309', '5446 The Grange, Lake Ira, ME 42309'],
  ])('UK: %s', (text, value) => expectAddress(text, value));
});

describe('findAddresses: German', () => {
  it.each([
    [
      'wird an Auf der Donnen 29a, 90639 Heidelberg geliefert',
      'Auf der Donnen 29a, 90639 Heidelberg',
    ],
    ['wohnhaft Krummer Weg 776, 44174 Ost Marek.', 'Krummer Weg 776, 44174 Ost Marek'],
    ['Lieferadresse: In den Dehlen 9, 22346 Ratingen', 'In den Dehlen 9, 22346 Ratingen'],
    ['Zur Alten Brauerei 85, 01766 Schrammland', 'Zur Alten Brauerei 85, 01766 Schrammland'],
    [
      'an Carl-Maria-von-Weber-Str. 80c, 75617 Fieteland',
      'Carl-Maria-von-Weber-Str. 80c, 75617 Fieteland',
    ],
    [
      'Hebbelstr. 723, 57248 Stolberg (Rheinland) geliefert',
      'Hebbelstr. 723, 57248 Stolberg (Rheinland)',
    ],
    ['Berliner Platz 2, 98984 Ost Freyastadt', 'Berliner Platz 2, 98984 Ost Freyastadt'],
    [
      'Auf dem Acker 15a, 12794 Brandenburg an der Havel',
      'Auf dem Acker 15a, 12794 Brandenburg an der Havel',
    ],
    ['Domblick 67a, 64867 Hanau', 'Domblick 67a, 64867 Hanau'],
    ['Mauspfad 61a, 78296 Emanuelscheid', 'Mauspfad 61a, 78296 Emanuelscheid'],
    ['Alte Landstr. 53a, 84962 Aaliyahburg', 'Alte Landstr. 53a, 84962 Aaliyahburg'],
    ['Mariahilfer Straße 12, 1060 Wien', 'Mariahilfer Straße 12, 1060 Wien'],
  ])('%s', (text, value) => expectAddress(text, value));

  it.each([
    ['Treffpunkt Am Markt 3 um zehn', 'Am Markt 3'],
    ['An der Kirche 2', 'An der Kirche 2'],
    ['Zum Anger 4 in Ulm', 'Zum Anger 4'],
    ['Lindenallee 12', 'Lindenallee 12'],
  ])('a street line alone: %s', (text, value) => expectAddress(text, value));
});

describe('findAddresses: French', () => {
  it.each([
    ['adresse : 3 Passage Mouffetard, 73839 Troyes', '3 Passage Mouffetard, 73839 Troyes'],
    ['domicilié au 85 Voie Saint-Séverin, 53855 Rouen.', '85 Voie Saint-Séverin, 53855 Rouen'],
    ['12 bis rue de la Paix, 75002 Paris', '12 bis rue de la Paix, 75002 Paris'],
    ['8 Voie de la Paix, 68076 Amiens', '8 Voie de la Paix, 68076 Amiens'],
    [
      '9 Voie Saint-Honoré, 73216 Issy-les-Moulineaux',
      '9 Voie Saint-Honoré, 73216 Issy-les-Moulineaux',
    ],
    ['5, place de la Concorde 75008 Paris', '5, place de la Concorde 75008 Paris'],
    [
      '8 avenue des Champs-Élysées, 75008 Paris Cedex 08',
      '8 avenue des Champs-Élysées, 75008 Paris Cedex 08',
    ],
    ['14 impasse des Lilas', '14 impasse des Lilas'],
    ['3 chemin du Moulin, 31000 Toulouse', '3 chemin du Moulin, 31000 Toulouse'],
    ['12-14 rue de Rivoli, 75004 Paris', '12-14 rue de Rivoli, 75004 Paris'],
    ['12 rue Neuve, 1000 Bruxelles', '12 rue Neuve, 1000 Bruxelles'],
  ])('%s', (text, value) => expectAddress(text, value));
});

describe('findAddresses: Spanish', () => {
  it.each([
    ['domicilio Subida Gilberto 7, 63251 Leganés.', 'Subida Gilberto 7, 63251 Leganés'],
    [
      'cambio de domicilio a Polígono Gloria, 17, 24823 Viladecans.',
      'Polígono Gloria, 17, 24823 Viladecans',
    ],
    ['Calle Mayor 5, 2º B, 28013 Madrid', 'Calle Mayor 5, 2º B, 28013 Madrid'],
    ['Bajada Ariadna s/n., 20128 Orense', 'Bajada Ariadna s/n., 20128 Orense'],
    [
      'Glorieta Irene Monroy Olmos 56, 45404 San Sebastián de los Reyes, antes del lunes',
      'Glorieta Irene Monroy Olmos 56, 45404 San Sebastián de los Reyes',
    ],
    [
      'Avenida de la Constitución, 12, 41001 Sevilla',
      'Avenida de la Constitución, 12, 41001 Sevilla',
    ],
    ['vive en la calle Mayor 5', 'calle Mayor 5'],
    ['Carrer de Mallorca 401, 08013 Barcelona', 'Carrer de Mallorca 401, 08013 Barcelona'],
    ['Gran Vía 32, 28013 Madrid', 'Gran Vía 32, 28013 Madrid'],
  ])('%s', (text, value) => expectAddress(text, value));

  it('prefers the address over the name inside it', () => {
    const text =
      'solicita el cambio de domicilio a Manzana Hugo Delao Amaya 41, 12435 Rivas-Vaciamadrid.';
    const found = createAnalyzer()
      .analyze(text)
      .map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toContainEqual([
      'STREET_ADDRESS',
      'Manzana Hugo Delao Amaya 41, 12435 Rivas-Vaciamadrid',
    ]);
    expect(found.filter(([type]) => type === 'PERSON')).toEqual([]);
  });
});

describe('findAddresses: units, floors and what follows an address', () => {
  it.each([
    [
      '202 Station Street Apt. 605, North Vickiefurt, South Dakota 90493-8574',
      '202 Station Street Apt. 605, North Vickiefurt, South Dakota 90493-8574',
    ],
    [
      '8 Beahan-Willms Mount Apt. 492, Haneington, Tyne and Wear PL3 3LF',
      '8 Beahan-Willms Mount Apt. 492, Haneington, Tyne and Wear PL3 3LF',
    ],
    [
      'Clemens-Winkler-Str. 29c Zimmer 675, 41824 Neu Florian',
      'Clemens-Winkler-Str. 29c Zimmer 675, 41824 Neu Florian',
    ],
    ['Düppeler Str. 21 9 OG, 70505 Schuriburg', 'Düppeler Str. 21 9 OG, 70505 Schuriburg'],
    ['Hütte 11\n67054 Essen', 'Hütte 11\n67054 Essen'],
    [
      '8294 Quai d’Abbeville 3 étage, 18824 Colombes',
      '8294 Quai d’Abbeville 3 étage, 18824 Colombes',
    ],
    [
      '63 Allée Saint-Jacques Apt. 576, 76342 Villejuif',
      '63 Allée Saint-Jacques Apt. 576, 76342 Villejuif',
    ],
    [
      'Riera Magdalena Ontiveros Zayas, 8 Bajo Izda., 04938 Sevilla',
      'Riera Magdalena Ontiveros Zayas, 8 Bajo Izda., 04938 Sevilla',
    ],
    [
      'Extrarradio Ramón Avilés Baeza 9 1º Izda., 26174 Santa Cruz de Tenerife',
      'Extrarradio Ramón Avilés Baeza 9 1º Izda., 26174 Santa Cruz de Tenerife',
    ],
    [
      'Bitte liefern an Am Sportplatz 72a, 65011 Krefeld. Danke.',
      'Am Sportplatz 72a, 65011 Krefeld',
    ],
    ['Adresse : 279 Rue du Bac 66726 Marseille. Merci.', '279 Rue du Bac 66726 Marseille'],
  ])('%s', (text, value) => expectAddress(text, value));
});

describe('findAddresses: a named street without a house number, then postal code and city', () => {
  it.each([
    ['demeurant Voie de Caumartin, 73194 Niort, déclare un vol.', 'Voie de Caumartin, 73194 Niort'],
    ['Anschrift: Buchenweg, 05689 Hillerburg', 'Buchenweg, 05689 Hillerburg'],
    ['wohnhaft Böcklerstr., 65433 Nord Lana, erstattete', 'Böcklerstr., 65433 Nord Lana'],
    [
      'Dirección: Cuesta Tomás, 23621 El Puerto de Santa María',
      'Cuesta Tomás, 23621 El Puerto de Santa María',
    ],
  ])('%s', (text, value) => expectAddress(text, value));
});

describe('findAddresses: French house numbers with a letter', () => {
  it.each([
    ['Adresse : 158b, Quai du Bac, 33567 Tours', '158b, Quai du Bac, 33567 Tours'],
    [
      'adressée à 97a, Voie Saint-Bernard, 56375 Rueil-Malmaison.',
      '97a, Voie Saint-Bernard, 56375 Rueil-Malmaison',
    ],
  ])('%s', (text, value) => expectAddress(text, value));
});

describe('findAddresses: hard negatives', () => {
  it.each([
    'Main Street is closed today.',
    'Meet me in Room 12 at 3 pm.',
    'See Version 2 Road map for details.',
    'We found the way 3 people used it.',
    'Platz 3 im Ranking für Team Blau.',
    'Calle',
    'La Calle Mayor es preciosa.',
    'Kulas, Windler and Skiles LLC',
    'Acme Hills Inc. reported 3 Knolls Capital Partners earnings.',
    'We sold 3 Green Fields last year.',
    'Im Jahr 2020 gab es 3 Fälle.',
    'Bahnsteig 3 fährt ab.',
    'Kapitel 3, 12000 Wörter insgesamt.',
    'Bestellung 12, 10115 Berlin',
    'Paid 2000 USD, New York, NY 10001',
    'Unsere Filiale in der Hauptstraße bleibt ab 12.03.2024 geschlossen.',
    'Rendez-vous au salon de mars, rue de la Paix, avec l’équipe.',
    'Il y a 3 mail merges et 2 zones.',
    'La tienda de Plaza de España cierra en mayo.',
    'Colegio San José 3',
    'Suite 114',
    'Road trip: Mount Vernon, then back via Route 66.',
    'Sent via Calle 5 of the forum.',
    'Am Feldweg, 12000 Einwohner leben dort.',
    'Die Kirchstraße, 10115 Zeichen lang, war der Titel.',
  ])('%s', (text) => expect(addresses(text)).toEqual([]));
});

describe('findAddresses: speed', () => {
  it('stays linear on long runs of capitalised words and numbers', () => {
    const text = `${'Aa Bb Cc Dd Ee Ff 12 '.repeat(2000)}, 12345`;
    const started = performance.now();
    addresses(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('findAddresses: Canada and Mexico', () => {
  const analyzer = createAnalyzer();
  const streets = (text: string): string[] =>
    analyzer
      .analyze(text)
      .filter((f) => f.type === 'STREET_ADDRESS')
      .map((f) => text.slice(f.start, f.end));

  it.each([
    [
      'Adresse : 16, allée de la République, Montréal (QC) H3O 4L9\nTél',
      '16, allée de la République, Montréal (QC) H3O 4L9',
    ],
    [
      'Address: 3770 Carlotta Trail, Apt 10C, Calgary, AB T2P 1J9',
      '3770 Carlotta Trail, Apt 10C, Calgary, AB T2P 1J9',
    ],
    [
      '5432 Freeda Pike, Sault Sainte Marie, ON P6A 2A1',
      '5432 Freeda Pike, Sault Sainte Marie, ON P6A 2A1',
    ],
    [
      'Calle Paseo Rodrigo 2435 Int. 37, Col. Centro, 64000 Monterrey, N.L.\nTel.',
      'Calle Paseo Rodrigo 2435 Int. 37, Col. Centro, 64000 Monterrey, N.L.',
    ],
    [
      'Av. Insurgentes 2715, Col. Del Valle, 03100 Ciudad de México, CDMX',
      'Av. Insurgentes 2715, Col. Del Valle, 03100 Ciudad de México, CDMX',
    ],
  ])('%s', (text, address) => {
    expect(streets(text)).toEqual([address]);
  });

  it('does not take a province code and a non-postcode after a street', () => {
    expect(streets('Meet at 12 Main Street, Ottawa ON 2024 edition')).toEqual(['12 Main Street']);
  });
});

describe('findAddresses: Belgian and Swiss French order', () => {
  const analyzer = createAnalyzer();
  const streets = (text: string): string[] =>
    analyzer
      .analyze(text)
      .filter((f) => f.type === 'STREET_ADDRESS')
      .map((f) => text.slice(f.start, f.end));

  it.each([
    'Rue de la Loi 16, 1000 Bruxelles',
    'Avenue de la Gare 12, 1003 Lausanne',
    'Chaussée de Waterloo 1234, B-1180 Uccle',
  ])('%s', (address) => {
    expect(streets(`Adresse : ${address}\n`)).toEqual([address]);
  });

  it('needs the postal code and city after the number', () => {
    expect(streets('La Place Rouge 1917 était vide.')).toEqual([]);
  });
});

describe('findAddresses: tails of Ireland, Australia, Canada and Mexico, Spanish floors', () => {
  it.each([
    [
      'From: M. P.\n45 Riverside Drive\nDrogheda, Co. Louth, A92 C90X\nTo: Anita',
      '45 Riverside Drive\nDrogheda, Co. Louth, A92 C90X',
    ],
    [
      '"address": "2 Station Road, Galway, Co. Galway, H91 D4ED",',
      '2 Station Road, Galway, Co. Galway, H91 D4ED',
    ],
    [
      'Location: 98 Owen Plaza, Surry Hills NSW 2010\nPlease',
      '98 Owen Plaza, Surry Hills NSW 2010',
    ],
    [
      'Adresse : 1156, boul. René-Lévesque Est, Sherbrooke (Québec) J9V 6E6.',
      '1156, boul. René-Lévesque Est, Sherbrooke (Québec) J9V 6E6',
    ],
    [
      '"direccion": "Av. Insurgentes Sur 802, Col. Obrera, C.P. 44834 Guadalajara, Jalisco",',
      'Av. Insurgentes Sur 802, Col. Obrera, C.P. 44834 Guadalajara, Jalisco',
    ],
    [
      'María Villa\nCalle Morelos 1119 Int. 2\nCol. Condesa, C.P. 76151 Querétaro, Querétaro\n\nAsunto',
      'Calle Morelos 1119 Int. 2\nCol. Condesa, C.P. 76151 Querétaro, Querétaro',
    ],
    [
      'tel. 0034 969 463 258\nC/ de Alcalá, 130, 6.º 3ª\n08029 Barcelona (Barcelona)\nContenido',
      'C/ de Alcalá, 130, 6.º 3ª\n08029 Barcelona (Barcelona)',
    ],
    [
      '"adresse": "Avenue des Cerisiers 7/5, 2000 Neuchâtel",',
      'Avenue des Cerisiers 7/5, 2000 Neuchâtel',
    ],
  ])('%s', (text, value) => {
    expectAddress(text, value);
  });

  it('does not take a phone label after the city for a Mexican state', () => {
    expectAddress(
      'Impressum: Sparkasse, Alfred-Kubin-Str. 2a, 01082 Dresden, Tel. 0151 98576400',
      'Alfred-Kubin-Str. 2a, 01082 Dresden',
    );
  });
});

describe('findAddresses: India, Australian units, Belgian boxes, Swiss prefixes', () => {
  it.each([
    [
      '"address": "9, 12th Main Road, Indiranagar, Jaipur, Rajasthan 302015",',
      '9, 12th Main Road, Indiranagar, Jaipur, Rajasthan 302015',
    ],
    [
      'Sender: V. Z.\n18/291 Marine Pde, Fremantle WA 6160\nTel',
      '18/291 Marine Pde, Fremantle WA 6160',
    ],
    [
      'Monsieur K.\nAvenue Louise 180 bte 3, 5000 Namur\n\nObjet',
      'Avenue Louise 180 bte 3, 5000 Namur',
    ],
    ['Meine Anschrift: Ödhus 2, CH-6003 Luzern. Sie erreichen', 'Ödhus 2, CH-6003 Luzern'],
    [
      'Domicilio: Av. Chapultepec 1047, Col. Centro, 72000 Puebla, Pue\nMóvil',
      'Av. Chapultepec 1047, Col. Centro, 72000 Puebla, Pue',
    ],
    ['123 Pine Street, Seattle WA 98101', '123 Pine Street, Seattle WA 98101'],
  ])('%s', (text, value) => {
    expectAddress(text, value);
  });
});

describe('STREET_ADDRESS: units, buildings, Latin American formats and where a city ends', () => {
  it.each([
    ['Site address: 4481 Elm St #3, Raleigh, NC 27624\nNext', '4481 Elm St #3, Raleigh, NC 27624'],
    [
      'Défendeur : X, Résidence Les Pins, 38 bis rue Pasteur, 31000 Toulouse',
      'Résidence Les Pins, 38 bis rue Pasteur, 31000 Toulouse',
    ],
    ['Ship to: Flat 3, 12 Baker Street, London NW1 6XE', 'Flat 3, 12 Baker Street, London NW1 6XE'],
    ['Zwischen X, Marktgasse 87, 4009 Basel (Vermieter)\nund', 'Marktgasse 87, 4009 Basel'],
    [
      'Anschrift: Hauptstraße 50, 9020 Klagenfurt   Einzugsdatum: 06.08.2010',
      'Hauptstraße 50, 9020 Klagenfurt',
    ],
    ['Hauptstr. 5, 06108 Halle (Saale)', 'Hauptstr. 5, 06108 Halle (Saale)'],
    [
      'con domicilio en Cra. 67B # 8-39, oficina 364, 080020 Barranquilla, en calidad',
      'Cra. 67B # 8-39, oficina 364, 080020 Barranquilla',
    ],
    [
      'Demandante: X, Diagonal 1 # 11-66, 080009 Barranquilla\n',
      'Diagonal 1 # 11-66, 080009 Barranquilla',
    ],
    [
      'Domicilio: Av. Corrientes 2899, S2000LYJ Rosario, Santa Fe\n',
      'Av. Corrientes 2899, S2000LYJ Rosario, Santa Fe',
    ],
  ])('%s', (text, value) => {
    expectAddress(text, value);
  });
});

describe('findAddresses: addresses typed in lower case or in capitals', () => {
  it.each([
    [
      'says she moved to 164 sanford way, hilo, wa 93912 and wants bills',
      '164 sanford way, hilo, wa 93912',
    ],
    [
      'address is flat 2, 159 railway street, sheffield s1 4hw ok see ya',
      'flat 2, 159 railway street, sheffield s1 4hw',
    ],
    [
      'f 9696 JOHNS WAY, UNIT 18B, DEARBORN HEIGHTS, MS 92493',
      '9696 JOHNS WAY, UNIT 18B, DEARBORN HEIGHTS, MS 92493',
    ],
    [
      'sie wohnt jetzt in der jenaer str. 99, 61286 erlangen und möchte',
      'jenaer str. 99, 61286 erlangen',
    ],
    [
      'se mudó a camino reyna, 74, 4º a, 40786 orihuela y quiere',
      'camino reyna, 74, 4º a, 40786 orihuela',
    ],
    ['TEL ++ LIEFERADRESSE KIRCHWEG 46, 3467 OFTRINGEN ++ SENDUNG', 'KIRCHWEG 46, 3467 OFTRINGEN'],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });

  it('takes only an address with its postal code from a restored copy', () => {
    expect(addresses('i have 3 big dogs way too loud')).toEqual([]);
    expect(addresses('we walked 5 miles down the road today')).toEqual([]);
  });
});

describe('findAddresses: Mexican street types and four-digit postal codes', () => {
  it.each([
    [
      'es en Blvd. Izazaga 2347, Col. Roma Norte, 35406 General Escobedo, pregunten',
      'Blvd. Izazaga 2347, Col. Roma Norte, 35406 General Escobedo',
    ],
    [
      'nueva dir: Calz. La Viga 1487, Col. Narvarte, 56293 Durango. pasado',
      'Calz. La Viga 1487, Col. Narvarte, 56293 Durango',
    ],
    ['meine Adresse: Mühlboden 38, 6287 Hausleiten', 'Mühlboden 38, 6287 Hausleiten'],
    [
      'mon ancienne adresse (Parc de Caumartin 153, 4000 Liège). Merci',
      'Parc de Caumartin 153, 4000 Liège',
    ],
  ])('%s', (text, value) => {
    expect(addresses(text)).toEqual([value]);
  });

  it('needs an address word before a four-digit postal code', () => {
    expect(addresses('Kapitel 38, 2024 Berlin')).toEqual([]);
  });
});

describe('findAddresses: a seat is no street', () => {
  it('reads "Sitzplatz 40E" as a seat', () => {
    expect(addresses('Reservierungen bleiben gültig, Sitzplatz 40E kann sich ändern.')).toEqual([]);
  });
});
