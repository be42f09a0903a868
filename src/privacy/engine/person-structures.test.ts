import { describe, expect, it } from 'vitest';
import { persons } from './analyzer-spans.js';

// Names found by the structure around them: contact details, introductions, records, reversed
// forms and stamped chats.

describe('findPersons: names by their place among contact details', () => {
  it('takes a name before ", phone" or ", e-mail" as a person, even when no list knows it', () => {
    const text = 'Regional contacts\nIreland: Elnis Thasinranhofer, 089 674 7993\nSpain: ana@x.es';
    expect(persons(text)).toEqual(['Elnis Thasinranhofer']);
  });

  it('takes one word alone on its line above a phone number as a person', () => {
    expect(persons('valid until 1/21/2024.\nDevonte\n403-493-0302\n')).toEqual(['Devonte']);
    expect(persons('Quotes attached.\nSales\n403-493-0302\n')).toEqual([]);
  });

  it('does not take a label before a phone number as a person', () => {
    expect(persons('Neue Nummer, +49 170 1234567')).toEqual([]);
    expect(persons('Berlin, +49 30 1234567')).toEqual([]);
  });
});

describe('findLowerCaseNames: introductions and greetings in lower case', () => {
  it('takes a lower-case given name after an introduction or a greeting', () => {
    expect(persons('hey Uttam its maria eduarda from work, new number')).toEqual([
      'Uttam',
      'maria eduarda',
    ]);
    expect(persons('hola, soy raphael del curro, número nuevo')).toEqual(['raphael']);
    expect(persons("bonjour c’est ralph o'kon, je peux pas me connecter")).toEqual(["ralph o'kon"]);
    expect(persons('Zufriedenheit 4/5 – „danke zehra“')).toEqual(['zehra']);
  });

  it('takes an unknown lower-case word introduced with "from work" as a name', () => {
    expect(persons('hi esaù hier ist zumilrou von der Arbeit, neue Nummer')).toEqual([
      'esaù',
      'zumilrou',
    ]);
  });

  it('does not take a word describing the speaker or the thing as a name', () => {
    expect(persons("i'm fine, thanks")).toEqual([]);
    expect(persons('this is urgent from the CEO')).toEqual([]);
    expect(persons("If it's valid, Zod returns a typed value")).toEqual([]);
    expect(persons('hi mate, all good')).toEqual([]);
    expect(persons('soy nuevo de aquí')).toEqual([]);
  });
});

describe('findPersons: names in records', () => {
  it('takes the text of XML elements named as name parts', () => {
    const xml =
      '<patient>\n  <name><given>Dorotea</given><family>Carrero Velasco</family></name>\n' +
      '  <cust:lastName>weber</cust:lastName>\n</patient>';
    expect(persons(xml)).toEqual(['Dorotea', 'Carrero Velasco', 'weber']);
  });

  it('takes a loose <name> only when a list knows the name', () => {
    expect(persons('<product><name>Premium Plan</name></product>')).toEqual([]);
    expect(persons('<contact><name>Anna Keller</name></contact>')).toEqual(['Anna Keller']);
  });

  it('takes FAMILY/GIVEN as airline bookings write travellers', () => {
    expect(persons('Passenger: TRẦN/TƯỜNG NGUYÊN\n4/19/22  Flight AF1282')).toEqual([
      'TRẦN/TƯỜNG NGUYÊN',
    ]);
    expect(persons('Passager: POIRIER-LAURENT/DIDIER')).toEqual(['POIRIER-LAURENT/DIDIER']);
    expect(persons('boarding SMITH/JOHN MR seat 12A')).toEqual(['SMITH/JOHN']);
    expect(persons('use TCP/IP and CI/CD, EUR/USD rate')).toEqual([]);
  });
});

describe('findReversedNames: two family names, then the given names', () => {
  it('takes "Family Family, Given del Given" after a label as one name', () => {
    expect(persons('Employee: Botello Lebrón, María del Carmen   SSN: 870 74 9642')).toEqual([
      'Botello Lebrón, María del Carmen',
    ]);
    expect(persons('Patient/in: Ornelas Solano, Luis Miguel   Geb.-Datum: 4. Juli 1944')).toEqual([
      'Ornelas Solano, Luis Miguel',
    ]);
  });

  it('takes the name whole in a table cell and before a colon', () => {
    expect(persons('| Full name | Saavedra Olivera, José María |\n| Born | 1954 |')).toEqual([
      'Saavedra Olivera, José María',
    ]);
    expect(persons('Reply from Schmitt, Blake:\nyes still there')).toEqual(['Schmitt, Blake']);
  });
});

describe('findLowerSpeakers: full names typed in lower case after a time stamp', () => {
  it('takes a stamped speaker of several words whose first is a given name', () => {
    const text =
      '[18:00] maría guadalupe guevara: sí! gilberto trajo la circular ayer\n' +
      '[18:12] ullind: vale, gracias a todos\n' +
      '[18:20] maría guadalupe guevara: de nada, hasta mañana';
    expect(persons(text)).toEqual(['maría guadalupe guevara', 'ullind', 'maría guadalupe guevara']);
  });

  it('does not take several lower-case words before a colon without a stamp', () => {
    expect(persons('note to self: call the bank\nto do: pay rent\nnote to self: buy milk')).toEqual(
      [],
    );
  });
});

describe('findReversedNames: headings and card holders', () => {
  it('takes "Family, Given" after a heading dash when the family name comes up again', () => {
    expect(
      persons('Account CLI-960352 – Stroman, Myrtice\n30/11/2024 spoke to Stroman about the bill'),
    ).toEqual(['Stroman, Myrtice', 'Stroman']);
    expect(persons('Mike Schmidt\nTalent Partner, Ironbark Logistics\nIronbark is hiring')).toEqual(
      ['Mike Schmidt'],
    );
  });

  it('takes the card holder of a card form', () => {
    expect(persons('Karteninhaber: Mohrwanger, Hartger\nKartennummer: 4111')).toEqual([
      'Mohrwanger, Hartger',
    ]);
  });
});

describe('findPersons: team chats, JSON records, git logs and reviews', () => {
  it('reads every name key of a JSON object on one line', () => {
    const text = '{"guest": {"first_name": "Theresa", "last_name": "Kahlert", "room": 12}}';
    expect(persons(text)).toEqual(['Theresa', 'Kahlert']);
  });

  it('takes an unknown word joined by "and" to a given name found alone', () => {
    const text =
      'Saturday food bank rota: Benjamin and Javon on the van, Tom Cruickshank leading the warehouse.';
    expect(persons(text)).toEqual(['Benjamin', 'Javon', 'Tom Cruickshank']);
    expect(persons('Dienstplan: Tanja und Yannic fahren, danach das Lager.')).toEqual([
      'Tanja',
      'Yannic',
    ]);
  });

  it("takes a child's parent, a staff member in brackets and lower-case names to ask or thank", () => {
    expect(persons('Soy Ariadna, la madre de Esperanza: hoy tiene fiebre.')).toEqual([
      'Ariadna',
      'Esperanza',
    ]);
    expect(persons('Spotless room, and the receptionist (Braeden, I think) was lovely.')).toEqual([
      'Braeden',
    ]);
    expect(persons('lgtm, but ask ava about the migration first')).toEqual(['ava']);
    expect(persons('pero pregúntale a ana maría por la migración')).toEqual(['ana maría']);
    expect(persons('please ask support about it')).toEqual([]);
    expect(persons('Das Problem ist gelöst.\n— Beitrag von rené')).toEqual(['rené']);
    expect(persons('Morales scored twice before the break.')).toEqual(['Morales']);
    expect(persons('Enregistrement visiteur: Séxime Sauignac rend visite')).toEqual([
      'Séxime Sauignac',
    ]);
    expect(persons('Traspaso de guardia Dolina → Benito')).toEqual(['Dolina']);
  });

  it('takes a lower-case author spelled in the address after it, not a machine sender', () => {
    const log =
      'e68d8cc orttrud astner <astner.orttrud@chello.at> feat: export CSV\n9f1c2aa ci bot <ci-bot@example.com> chore: bump';
    expect(persons(log)).toEqual(['orttrud astner']);
  });
});

describe('findPersons: rosters and HR tools', () => {
  it('takes FAMILY Given as rosters and chat apps print people, not an abbreviation', () => {
    expect(persons('Interview feedback (backend)\nSPORER Jennie: strong hire')).toEqual([
      'SPORER Jennie',
    ]);
    expect(persons('VAN GEISSLER Marlene: klare Zusage')).toEqual(['VAN GEISSLER Marlene']);
    expect(persons('Lista de libros – IES Miguel de Cervantes – Curso 9')).toEqual([]);
  });

  it('takes every head of a stand-up or a rota once the list reads as people', () => {
    const standup =
      '### Standup 19/03/2022\n- **Angeline**: a terminé la migration\n- **Anaël**: revue de code';
    expect(persons(standup)).toEqual(['Angeline', 'Anaël']);
    const rota =
      'Dienstplan für Juni:\n- Ingmar von der Asthuber (Design)\n- van der Astmann, Kunwin (QA)\n- Petra Lang (QA)';
    expect(persons(rota)).toEqual([
      'Ingmar von der Asthuber',
      'van der Astmann, Kunwin',
      'Petra Lang',
    ]);
    expect(persons('Menu\n- Caesar Salad (vegan)\n- Margherita Pizza (large)')).toEqual([]);
    expect(persons('## Notes\n- **Goal**: ship it\n- **Risk**: none')).toEqual([]);
  });
});

describe('findPersons: elisions, thanks, card names and bulleted members', () => {
  it('reads an elided article as no part of a name', () => {
    expect(persons('L’allocataire Isabelle-Émeline Garcia demande le versement.')).toEqual([
      'Isabelle-Émeline Garcia',
    ]);
  });

  it('takes a name after thanks, "au nom de" and a bulleted "Family, Given" before its address', () => {
    expect(persons('¡Gracias, Iván, funcionó!')).toEqual(['Iván']);
    expect(persons('Danke Lidl für nichts')).toEqual([]);
    expect(persons('carte bancaire au nom de Vacard Roeux, pas d’espèces')).toEqual([
      'Vacard Roeux',
    ]);
    expect(
      persons(
        'New members:\n- Abernathy, Ryder — abernathy.r@btinternet.com\n- Vandervort, Ines — ines.v@gmail.com',
      ),
    ).toEqual(['Abernathy, Ryder', 'Vandervort, Ines']);
  });
});

describe('findPersons: verbs of trackers and a name before ": phone"', () => {
  it('reads "heißt", "a commenté", "kommentierte" and a verb ending in an accent as cues', () => {
    expect(persons('Sie heißt Helfrieda Lindhuber.')).toEqual(['Helfrieda Lindhuber']);
    expect(persons('Théric Deseau a commenté 20.05.2022')).toEqual(['Théric Deseau']);
    expect(persons('Wendlind Trauecker kommentierte 2023-12-03')).toEqual(['Wendlind Trauecker']);
  });

  it('takes a name before a colon and a phone number, not a phone label', () => {
    expect(persons('Orvane Quistel: +46 70 123 45 67')).toEqual(['Orvane Quistel']);
    expect(persons('Phone: +353 83 615 8353')).toEqual([]);
  });
});

describe('findPersons: an initial before a family name no list knows', () => {
  it('takes "E. Frami" after a cue or a preposition, not a letter ending a sentence', () => {
    expect(persons('Next visit with E. Frami.')).toEqual(['E. Frami']);
    expect(persons('Prochain rendez-vous avec C. Moneau-Delaillon.')).toEqual([
      'C. Moneau-Delaillon',
    ]);
    expect(persons('Vitamin D. The dose is low, Plan B. Next we ship.')).toEqual([]);
  });
});

describe('findPersons: family notes, postcards and comments', () => {
  it('takes a couple, a signed comment, a contact in brackets and the children a car picks up', () => {
    expect(persons('Dear Leila & Niko,\nGreetings from Chelsea!')).toEqual(['Leila', 'Niko']);
    expect(persons('Commentaires (3)\nÉloïse R. · lundi 4 novembre : faite pour Noël')).toEqual([
      'Éloïse R.',
    ]);
    expect(persons('Coach: Frederik (frederik.schmeler@example.org)')).toEqual(['Frederik']);
    expect(persons('Mo: Gertrud fährt, holt alexander und susanne')).toEqual([
      'Gertrud',
      'alexander',
      'susanne',
    ]);
    expect(persons('Smith & Co delivered the sofa.')).toEqual([]);
  });
});

describe('findPersons: couples, fond sign-offs and what only people do', () => {
  it('takes a greeted couple with one unknown name and two full names joined by "&"', () => {
    expect(persons('Dear Elna & Dden,\nGreetings from Sydney!')).toEqual(['Elna', 'Dden']);
    expect(persons('Elna Pagac & Dden Stanham\n7224 The Rise, St. Charles, WA 61001')).toEqual([
      'Elna Pagac',
      'Dden Stanham',
    ]);
    expect(persons('Simon & Schuster published it.')).toEqual([]);
    expect(persons('The firm Anna Berg & Partners replied.')).toEqual([]);
  });

  it('takes the name after a fond sign-off, known or not, but no team after "Cheers"', () => {
    expect(persons('Back on 26 June.\nLove, Ruthie\n\nP.S. call me')).toEqual(['Ruthie']);
    expect(persons('Réponse avant le 02/07. Bisous, Berelle')).toEqual(['Berelle']);
    expect(persons('See you Friday.\nLove,\nGrella')).toEqual(['Grella']);
    expect(persons('Cheers, Devops')).toEqual([]);
  });

  it('takes a known given name before what only a person does, not a firm before "confirmed"', () => {
    expect(persons('Weather lovely, food better. Janna got sunburnt on day one.')).toEqual([
      'Janna',
    ]);
    expect(persons('Coucou tout le monde, Zoéva fête ses 60 ans le 13 mars !')).toEqual(['Zoéva']);
    expect(persons('Geetanjali is allergic to nuts.')).toEqual(['Geetanjali']);
    expect(persons('Weather lovely. Janna confirmed the order.')).toEqual([]);
  });
});

describe('findPersons: the author over a quoted message', () => {
  it('takes the name a mail client writes before "wrote:", known or not', () => {
    expect(persons('RV: RE: cita\n\n> Necadino escribió:\n>> ¿tienes el número?')).toEqual([
      'Necadino',
    ]);
    expect(persons('The Server wrote:\n> restarted')).toEqual([]);
  });
});

describe('findPersons: staff named in reviews and notes', () => {
  it('takes a name after a staff role and a known given name praised for what it did', () => {
    expect(persons('Aparcar fácil, y la enfermera Culencia siempre amable.')).toEqual(['Culencia']);
    expect(persons('★★★★★ Susanna was amazing!! fixed our wifi in like 20 min.')).toEqual([
      'Susanna',
    ]);
    expect(persons('The hotel was amazing and the staff was so kind.')).toEqual([]);
  });
});

describe('findPersons: classifieds, forums and letters', () => {
  it('takes a known given name before a phone after a blank or "@", never before a date', () => {
    expect(persons('désolé pour le rétro !! appelez moi Elinor +33 2 42 11 81 53')).toEqual([
      'Elinor',
    ]);
    expect(persons('pickup only. text Paige @ 083-7930521 no lowballers')).toEqual(['Paige']);
    expect(persons('Fotos-App Version 7.1.10. Letzte Synchronisation 04/09/2024 06:16.')).toEqual(
      [],
    );
  });

  it('takes a forum signature after "A+" and a name after "Sr./Sra."', () => {
    expect(persons('si un modo du support passe. A+ Adèle')).toEqual(['Adèle']);
    expect(persons('Estimado/a Sr./Sra. Mamanez:\nLe confirmamos el cambio')).toEqual(['Mamanez']);
  });
});

describe('findPersons: travel texts name places, rooms and programmes after people', () => {
  it.each([
    "Engineering works: the LNER 381 from King's Cross will depart at 11:15",
    '07:00 Breakouts - Victoria Ballroom / Shakespeare Suite',
    '08:00 Begrüßung im Suite Marlene Dietrich',
    'Programa Hilton: nivel Plata desde 10 noches',
    'Day 1 Southampton - embark\nDay 2 At sea\nDay 3 Lisbon',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('still takes a name before a possessive that is no place: "King\'s daughter Anna"', () => {
    expect(persons("I met King's daughter Anna yesterday")).toEqual(['King', 'Anna']);
  });
});

describe('findPersons: a role before one unknown name in German prose', () => {
  it.each([
    ['Richterin Linert verurteilte ihn.', ['Linert']],
    ['Hinweise nimmt Kriminalhauptkommissar Holke unter 01 2339033 entgegen.', ['Holke']],
    ['Obmann Berko Marert erinnerte daran.', ['Berko Marert']],
    ['Compte rendu du conseil d’école\n\nMme Masson, directrice, ouvre la séance.', ['Masson']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('takes no department after a role and no rank after a rank', () => {
    expect(persons('— Marie Seeger, Leiterin Finanzen, Georgetown')).toEqual(['Marie Seeger']);
    expect(persons('and hear the Detective Inspector speak at 11.')).toEqual([]);
  });
});
