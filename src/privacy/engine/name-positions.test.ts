import { describe, expect, it } from 'vitest';
import { persons } from './analyzer-spans.js';

describe('findPositionedNames', () => {
  it('takes the line under a sign-off as the name of the sender', () => {
    expect(
      persons('The fee is due at check-in.\n\nKind regards,\nK. Feest\nMedical Secretary'),
    ).toEqual(['K. Feest']);
  });

  it("takes a signature's name above its job title at the end of a message", () => {
    expect(persons('Write to me any time.\n\nMafonso Ritrán\nReclutador, Andes Digital')).toEqual([
      'Mafonso Ritrán',
    ]);
  });

  it('takes the line under the title of a CV, and the name before the age of a profile', () => {
    expect(persons('Résumé\nLyndy Breleigh Kirby\n575 Portage Ave, Halifax')).toEqual([
      'Lyndy Breleigh Kirby',
    ]);
    expect(persons('Baslien, 57\nÀ propos : café, rando')).toEqual(['Baslien']);
  });

  it('does not take a heading above a line of prose as a name', () => {
    expect(persons('Intro\nGetting Started\nService accounts are created with the CLI.')).toEqual(
      [],
    );
  });
});

describe('names by their cue', () => {
  it('takes lower-case words after "my name is" whatever they are', () => {
    expect(persons('CALLER: hello, my name is kenric marlworth, I got a charge')).toEqual([
      'kenric marlworth',
    ]);
    expect(persons('my name is not important.')).toEqual([]);
  });

  it('takes a name before its role in brackets, and after a self-introduction', () => {
    expect(persons('mais Galène Marard (la responsable) a réglé le remboursement')).toEqual([
      'Galène Marard',
    ]);
    expect(persons('Cliente: sí, hola, habla Germundo Altrán, llamo por el pedido')).toEqual([
      'Germundo Altrán',
    ]);
  });

  it('takes a named agent who talks with a customer by role as a person', () => {
    const text =
      'Siegitte: Hallo und willkommen beim Seetal Mode-Support!\n' +
      'Kunde: meine Bestellung ist nicht angekommen\nSiegitte: Das tut mir leid, ich schaue nach.';
    expect(persons(text)).toEqual(['Siegitte', 'Siegitte']);
  });

  it('takes "Family, Given" before a phone or an e-mail address as one name', () => {
    expect(persons('Erziehungsberechtigte\n1) Grünreiter, Bernburga, Tel. 0179-98938942')).toEqual([
      'Grünreiter, Bernburga',
    ]);
    expect(persons('Bewerbung eingegangen: Roos, Elea, E-Mail a.b@example.com')).toEqual([
      'Roos, Elea',
    ]);
  });
});

describe('things named like people', () => {
  it('reads a Spanish-speaking assistant as a bot', () => {
    const text =
      'Bolt: ¡Hola! Soy el asistente de Puerto Sur. ¿En qué te ayudo?\n' +
      'Cliente: dónde está mi pedido 964-0437337\nBolt: El pedido salió ayer.';
    expect(persons(text)).toEqual([]);
  });

  it('reads a delivery place, a German noun with its article and a shop as no person', () => {
    expect(persons('Client : Livraison prévue à Florence.')).toEqual([]);
    expect(persons('Kunde: Der Schneider hat das schon erledigt.')).toEqual([]);
    expect(persons('Paid € 380,99 at Macy’s last week.')).toEqual([]);
  });
});

describe('names by cue: attributions, service phrases, doorbells and neighbours', () => {
  it('takes a review signed after a dash with a date', () => {
    expect(persons('Great service, thanks.\n— Flodoard, 4 juin 2024')).toEqual(['Flodoard']);
    expect(persons('- Fixed, 2 bugs in 3.4')).toEqual([]);
  });

  it('takes the agent who answers, the name on a doorbell and a neighbour in brackets', () => {
    expect(
      persons('AGENTE: Ferretería Norte, le atiende Teonando, ¿en qué puedo ayudarle?'),
    ).toEqual(['Teonando']);
    expect(persons('Frankfurt am Main, klingel bei Furrer\nok')).toEqual(['Furrer']);
    expect(persons("Left with neighbour at no. 69 (O'Connell-Emard).")).toEqual([
      "O'Connell-Emard",
    ]);
  });
});

describe('authors of dated notes', () => {
  it('takes the author in brackets after a date, as CRM histories write it', () => {
    expect(persons('History\n30/11/2024 [J. Hodkiewicz] spoke to the customer')).toEqual([
      'J. Hodkiewicz',
    ]);
    expect(persons('Historique\n2024-05-10 13:07:16 (Tomas) rappel lundi matin')).toEqual([
      'Tomas',
    ]);
  });

  it('does not take a component in brackets as an author', () => {
    expect(persons('Log\n2024-05-10 13:07:16 [Scheduler] started job 4')).toEqual([]);
  });
});
