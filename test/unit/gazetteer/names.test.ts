import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  longestNameAt,
  lookupName,
  nameKeyOf,
  maxNameWords,
  nameWordsFrom,
  slugify,
  type GazetteerEntry,
} from '../../../src/core/recognise/gazetteer';
import { CITY_EXONYMS } from '../../../src/core/recognise/gazetteer/curated/exonyms-fr';
import { CURATED_PLACES } from '../../../src/core/recognise/gazetteer/curated/places';
import { ORGANISATIONS } from '../../../src/core/recognise/gazetteer/curated/organisations';
import { EVENTS } from '../../../src/core/recognise/gazetteer/curated/events';
import placesData from '../../../src/core/recognise/gazetteer/data/places.json';
import { POSTAL_ABBREVIATIONS } from '../../../src/core/recognise/gazetteer/curated/postal-abbreviations';

function idOf(surface: string): string | undefined {
  return lookupName(surface)?.id;
}

function assertSameEntity(surfaces: string[], id: string, type: GazetteerEntry['type']): void {
  for (const surface of surfaces) {
    const entry = lookupName(surface);
    assert.equal(entry?.id, id, `${surface} -> ${entry?.id}`);
    assert.equal(entry?.type, type, surface);
  }
}

test('French and English country names and their short forms reach one id', () => {
  assertSameEntity(['Russie', 'Russia', 'Fédération de Russie', 'Russian Federation'], 'russia', 'LOC');
  assertSameEntity(['États-Unis', 'Etats-Unis', 'USA', 'US', 'U.S.', 'United States', "États-Unis d'Amérique"], 'united-states', 'LOC');
  assertSameEntity(['Royaume-Uni', 'UK', 'United Kingdom', 'Grande-Bretagne', 'Britain'], 'united-kingdom', 'LOC');
  assertSameEntity(['Allemagne', 'Germany'], 'germany', 'LOC');
  assertSameEntity(['Chine', 'China'], 'china', 'LOC');
  assertSameEntity(['RDC', 'République démocratique du Congo', 'DR Congo', 'Zaïre'], 'dr-congo', 'LOC');
  assertSameEntity(['Birmanie', 'Myanmar', 'Burma'], 'myanmar', 'LOC');
  assertSameEntity(['Turquie', 'Turkey', 'Türkiye'], 'turkey', 'LOC');
  assert.equal(lookupName('France')?.kind, 'country');
});

test('accents, apostrophes and dashes of the surface do not matter', () => {
  assertSameEntity(["Côte d'Ivoire", 'Côte d’Ivoire', "Côte-d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'], 'cote-d-ivoire', 'LOC');
  assertSameEntity(['Maison-Blanche', 'Maison Blanche', 'MAISON BLANCHE'], 'white-house', 'ORG');
  // The English name is the house, a place even when it speaks (see SEATS_NAMED_AS_PLACES), with the same id.
  assertSameEntity(['White House'], 'white-house', 'LOC');
});

test('French exonyms and English names of foreign cities reach one id', () => {
  assertSameEntity(['Moscou', 'Moscow'], 'moscow', 'LOC');
  assertSameEntity(['Londres', 'London'], 'london', 'LOC');
  assertSameEntity(['Pékin', 'Beijing', 'Peking'], 'beijing', 'LOC');
  assertSameEntity(['Varsovie', 'Warsaw'], 'warsaw', 'LOC');
  assertSameEntity(['Genève', 'Geneva', 'Genf'], 'geneva', 'LOC');
  assertSameEntity(['Le Caire', 'Cairo'], 'cairo', 'LOC');
  assertSameEntity(['La Nouvelle-Delhi', 'New Delhi'], 'new-delhi', 'LOC');
  assertSameEntity(['Kiev', 'Kyiv'], 'kyiv', 'LOC');
  assertSameEntity(['Cologne', 'Köln'], 'cologne', 'LOC');
  assertSameEntity(['Bombay', 'Mumbai'], 'mumbai', 'LOC');
  assertSameEntity(['Vienne', 'Vienna'], 'vienna', 'LOC');
});

test('cities of every continent are found, from GeoNames', () => {
  for (const city of ['Lagos', 'Osaka', 'Curitiba', 'Kinshasa', 'Jakarta', 'Lima', 'Toronto', 'Melbourne', 'Almaty', 'Lyon']) {
    assert.equal(lookupName(city)?.kind, 'city', city);
  }
});

test('a name claimed by two places goes to the stronger one, the other keeps a qualified id', () => {
  assert.equal(idOf('Georgia'), 'georgia');
  assert.equal(lookupName('Georgia')?.kind, 'country');
  assert.equal(idOf('Washington'), 'washington');
  assert.equal(lookupName('Washington')?.kind, 'city');
  assert.equal(idOf('Washington State'), 'washington-us-state');
  assert.equal(idOf('New York'), 'new-york-city');
  assert.equal(idOf('New York State'), 'new-york');
});

test('regions, continents, US states, French régions and départements', () => {
  assertSameEntity(['Moyen-Orient', 'Middle East'], 'middle-east', 'LOC');
  assertSameEntity(['Proche-Orient', 'Near East'], 'near-east', 'LOC');
  assertSameEntity(['Amérique latine', 'Latin America'], 'latin-america', 'LOC');
  assertSameEntity(['Asie', 'Asia'], 'asia', 'LOC');
  assertSameEntity(['Californie', 'California'], 'california', 'LOC');
  assert.equal(lookupName('Balkans')?.kind, 'region');
  assert.equal(lookupName('Sahel')?.kind, 'region');
  assertSameEntity(['Indes occidentales', 'West Indies'], 'west-indies', 'LOC');
  assert.equal(lookupName('Texas')?.kind, 'us-state');
  assert.equal(lookupName('Occitanie')?.kind, 'fr-region');
  assert.equal(lookupName('Bouches-du-Rhône')?.kind, 'fr-department');
  assertSameEntity(['URSS', 'USSR', 'Union soviétique', 'Soviet Union'], 'soviet-union', 'LOC');
});

test('organisations: French and English names and acronyms reach one id', () => {
  assertSameEntity(['OTAN', 'NATO', 'Nato', 'Otan'], 'nato', 'ORG');
  assertSameEntity(['ONU', 'UN', 'Nations unies', 'United Nations'], 'united-nations', 'ORG');
  assertSameEntity(['UE', 'EU', 'Union européenne', 'European Union'], 'european-union', 'ORG');
  assertSameEntity(['FMI', 'IMF'], 'international-monetary-fund', 'ORG');
  assertSameEntity(['OMS', 'WHO'], 'world-health-organization', 'ORG');
  assertSameEntity(['Pentagone', 'Pentagon'], 'pentagon', 'ORG');
  assertSameEntity(['Élysée', 'Elysée'], 'elysee', 'ORG');
  assertSameEntity(['TASS', 'Tass'], 'tass', 'ORG');
  for (const place of ['Matignon', 'Downing Street', 'Whitehall']) assert.equal(lookupName(place)?.type, 'LOC', place);
  for (const org of ['Kremlin', "Quai d'Orsay", 'Bercy', 'CIA', 'DGSE', 'Bundestag', 'Douma', 'Truth Social', 'Telegram', 'Flickr', 'AFP', 'Reuters', 'Le Monde', 'X']) {
    assert.equal(lookupName(org)?.type, 'ORG', org);
  }
});

test('events in French and English reach one id', () => {
  assertSameEntity(['Seconde Guerre mondiale', 'Deuxième Guerre mondiale', 'World War II', 'Second World War'], 'world-war-ii', 'EVENT');
  assertSameEntity(['Première Guerre mondiale', 'Grande Guerre', 'World War I'], 'world-war-i', 'EVENT');
  assertSameEntity(['Guerre froide', 'guerre froide', 'Cold War'], 'cold-war', 'EVENT');
  assertSameEntity(['Jeux olympiques', 'Olympic Games', 'JO'], 'olympic-games', 'EVENT');
  assertSameEntity(['Mai 68', 'May 68'], 'may-68', 'EVENT');
  assert.equal(lookupName('Brexit')?.type, 'EVENT');
  assert.equal(lookupName('Révolution française')?.type, 'EVENT');
});

test('lowercase text is not a name unless listed in lowercase', () => {
  assert.equal(lookupName('france'), undefined);
  assert.equal(lookupName('nice'), undefined);
  assert.equal(lookupName('maison blanche'), undefined);
  assert.equal(lookupName('guerre froide')?.id, 'cold-war');
});

test('acronyms match only in capitals, so sentence-initial words are not organisations', () => {
  assert.equal(lookupName('Who'), undefined);
  assert.equal(lookupName('Un'), undefined);
  assert.equal(lookupName('Us'), undefined);
  assert.equal(lookupName('x'), undefined);
  assert.equal(lookupName('FRANCE')?.id, 'france');
});

test('city names that are mostly common words or people are left out', () => {
  for (const word of ['Mobile', 'Reading', 'Surprise', 'Split', 'Vladimir', 'Antony']) {
    assert.equal(lookupName(word), undefined, word);
  }
  assert.equal(lookupName('Nancy')?.kind, 'city', 'a French prefecture stays');
});

test('maxNameWords() bounds the tokens of every name', () => {
  const token = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  const { places } = placesData as { places: Record<string, Record<string, string[]>> };
  const all = [
    ...Object.values(places).flatMap((ids) => Object.values(ids).flat()),
    ...ORGANISATIONS.flatMap((o) => [o.en, ...o.names]),
    ...EVENTS.flatMap((e) => [e.en, ...e.names]),
  ];
  const longest = Math.max(...all.map((name) => name.match(token)?.length ?? 0));
  assert.equal(maxNameWords(), longest);
  assert.ok(maxNameWords() >= 6);
});

test('every curated exonym is in the generated data (npm run gazetteers was run)', () => {
  for (const city of CITY_EXONYMS) {
    for (const name of [city.en, ...city.names]) {
      assert.equal(lookupName(name)?.id, slugify(city.en), `${name}: edit curated/exonyms-fr.ts then run npm run gazetteers`);
    }
  }
});

test('every curated place name is in the generated data (npm run gazetteers was run)', () => {
  for (const place of CURATED_PLACES) {
    for (const name of [place.en, ...place.names]) {
      assert.ok(lookupName(name), `${name}: edit curated/places.ts then run npm run gazetteers`);
    }
  }
});

test('longestNameAt walks tokens however they were cut, longest name first', () => {
  const at = (words: string[], i = 0) => {
    const match = longestNameAt(words, i);
    // A tokeniser's column of keys gives the same answer as keys computed on the way.
    const withKeys = longestNameAt(words, i, words.map(nameKeyOf));
    assert.deepEqual(withKeys, match, words.join(' '));
    return match && [match.words, match.entry.id];
  };
  assert.deepEqual(at(['Maison-Blanche', 'a']), [1, 'white-house']);
  assert.deepEqual(at(['Maison', '-', 'Blanche']), [3, 'white-house']);
  assert.deepEqual(at(['la', 'Seconde', 'Guerre', 'mondiale', 'a'], 1), [3, 'world-war-ii']);
  assert.deepEqual(at(['Paris', 'Saint-Germain', 'a']), [2, 'paris-saint-germain']);
  assert.deepEqual(at(['Paris', 'est']), [1, 'paris']);
  assert.deepEqual(at(["L'", 'Obs', 'a']), [2, 'l-obs']);
  assert.deepEqual(at(['Côte', "d'", 'Ivoire']), [3, 'cote-d-ivoire']);
  assert.deepEqual(at(['U', '.', 'S', '.', 'troops']), [3, 'united-states']);
  assert.deepEqual(at(['Washington', ',', 'D', '.', 'C', '.']), [5, 'washington']);
  assert.deepEqual(at(['guerre', 'froide']), [2, 'cold-war']);
  assert.deepEqual(at(['20', 'Minutes']), [2, '20-minutes']);
});

test('longestNameAt applies the case rules of lookupName', () => {
  assert.equal(longestNameAt(['france'], 0), undefined);
  assert.equal(longestNameAt(['Who', 'said'], 0), undefined);
  assert.equal(longestNameAt(['WHO', 'said'], 0)?.entry.id, 'world-health-organization');
  assert.equal(longestNameAt(['FRANCE'], 0)?.entry.id, 'france');
  assert.equal(longestNameAt(['le', 'président'], 0), undefined);
});

test('nameWordsFrom bounds the look-ahead from a token, 0 when no name starts there', () => {
  assert.equal(nameWordsFrom('rencontré'), 0);
  assert.ok(nameWordsFrom('Paris') >= 2, 'Paris Saint-Germain');
  assert.ok(nameWordsFrom('Seconde') >= 3);
  assert.ok(nameWordsFrom("L'") >= 2, "L'Obs after an elision split");
  assert.ok(nameWordsFrom('9') >= 3, '9/11');
  for (const surface of ['Maison-Blanche', 'Royaume-Uni', 'Washington, D.C.', 'Côte d’Ivoire']) {
    const first = surface.split(/[\s-]/)[0];
    assert.ok(nameWordsFrom(first) > 0, surface);
  }
});

test('every postal abbreviation names a place of the generated list, by its id', () => {
  const ids = new Set(Object.values(placesData.places).flatMap((byId) => Object.keys(byId)));
  for (const [abbreviation, id] of Object.entries(POSTAL_ABBREVIATIONS)) {
    assert.ok(ids.has(id), `${abbreviation} -> ${id}`);
    assert.ok(abbreviation.endsWith('.'), abbreviation);
  }
});

test('a given name gets its gender from the locales, else from the US birth records, and a compound from its head', async () => {
  const { firstNameGender } = await import('../../../src/core/recognise/gazetteer');
  assert.equal(firstNameGender('Claire'), 'f');
  // Not in any faker locale; the US records give them one sex by far.
  assert.equal(firstNameGender('Fergus'), 'm');
  assert.equal(firstNameGender('Siobhan'), 'f');
  // Compounds: "Jean", female in English, heads male French compounds.
  assert.equal(firstNameGender('Marie-Claude'), 'f');
  assert.equal(firstNameGender('Pierre-Yves'), 'm');
  // Listed by no locale as a compound: the rule on "Jean" decides.
  assert.equal(firstNameGender('Jean-Loup'), 'm');
  assert.equal(firstNameGender('Jean-Noël'), 'm');
  // Names the locales disagree on stay unknown, whatever the records say.
  assert.equal(firstNameGender('Andrea'), undefined);
  assert.equal(firstNameGender('Jean'), undefined);
  // The US records also hold titles and head words, which are nobody's given name.
  for (const title of ['King', 'Judge', 'Lady', 'Queen', 'General']) assert.equal(firstNameGender(title), undefined, title);
});
