// Latin spellings of Russian and Ukrainian first names, as newsrooms write them.
//
// Why: the first-name lists of @faker-js/faker for ru and uk are in Cyrillic, while French and
// English articles write "Sergueï"/"Sergei", "Volodymyr", "Oleksandr". One spelling per name
// would miss the other language's, so each name yields the few variants that the French
// (Sergueï, Evgueni, Iouri) and English (Sergei, Yevgeny, Yuri) press conventions produce.
// Ukrainian names follow the Ukrainian national transliteration (2010), which both presses
// adopted (Volodymyr, Oleksandr, Mykola).

const VOWELS = 'аеёиоуыэюяіїє';

/** Cyrillic letter -> Latin alternatives, for one press convention. */
const RUSSIAN_EN = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['yo', 'e'], ж: ['zh'], з: ['z'],
  и: ['i'], й: ['y', 'i'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'],
  с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['kh'], ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'],
  ъ: [''], ы: ['y'], ь: [''], э: ['e'], ю: ['yu'], я: ['ya'],
};
const RUSSIAN_FR = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['io'], ж: ['j'], з: ['z'],
  и: ['i'], й: ['ï', 'i'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'],
  с: ['s'], т: ['t'], у: ['ou'], ф: ['f'], х: ['kh'], ц: ['ts'], ч: ['tch'], ш: ['ch'],
  щ: ['chtch'], ъ: [''], ы: ['y'], ь: [''], э: ['e'], ю: ['iou'], я: ['ia'],
};
const UKRAINIAN = {
  а: ['a'], б: ['b'], в: ['v'], г: ['h'], ґ: ['g'], д: ['d'], е: ['e'], є: ['ye', 'ie'], ж: ['zh'],
  з: ['z'], и: ['y'], і: ['i'], ї: ['yi', 'i', 'ï'], й: ['y', 'i'], к: ['k'], л: ['l'], м: ['m'],
  н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['kh'],
  ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'], ь: [''], ю: ['yu', 'iu'], я: ['ya', 'ia'], "'": [''],
  '’': [''],
};

/**
 * Context rules the letter tables cannot express: "ий"/"ей" endings (Dmitri, Sergei, Sergueï),
 * "кс" written "x" (Alexei), initial "е" written "ye" in English (Yevgeny, Yelena), and in French
 * "г" before e/i written "gu" (Sergueï, Evgueni) and "с" between vowels doubled (Vassili).
 */
function contextual(table, word, i, scheme) {
  const c = word[i];
  const next = word[i + 1] ?? '';
  const prev = word[i - 1] ?? '';
  const atEnd = i + 2 === word.length;
  if (scheme === 'ru-en') {
    if (c === 'и' && next === 'й' && atEnd) return { take: 2, options: ['y', 'i', 'iy'] };
    if (c === 'е' && next === 'й' && atEnd) return { take: 2, options: ['ei', 'ey'] };
    if (c === 'к' && next === 'с') return { take: 2, options: ['ks', 'x'] };
    if (c === 'е' && (i === 0 || VOWELS.includes(prev))) return { take: 1, options: ['ye', 'e'] };
  }
  if (scheme === 'ru-fr') {
    if (c === 'и' && next === 'й' && atEnd) return { take: 2, options: ['i'] };
    if (c === 'е' && next === 'й' && atEnd) return { take: 2, options: ['eï', 'ei'] };
    if (c === 'к' && next === 'с') return { take: 2, options: ['ks', 'x'] };
    if (c === 'г' && 'еиэыё'.includes(next)) return { take: 1, options: ['gu'] };
    if (c === 'с' && prev && next && VOWELS.includes(prev) && VOWELS.includes(next)) return { take: 1, options: ['ss'] };
  }
  if (scheme === 'uk' && c === 'к' && next === 'с') return { take: 2, options: ['ks'] };
  return { take: 1, options: table[c] };
}

/** Every Latin spelling of `name` under one scheme; undefined when a letter is unknown. */
function spell(name, table, scheme) {
  const word = name.toLowerCase();
  let variants = [''];
  for (let i = 0; i < word.length; ) {
    const { take, options } = contextual(table, word, i, scheme);
    if (!options) return undefined;
    variants = variants.flatMap((v) => options.map((o) => v + o));
    // A long name with many ambiguous letters would explode; the first spellings suffice.
    if (variants.length > 16) variants = variants.slice(0, 16);
    i += take;
  }
  return variants.filter((v) => v.length >= 2);
}

/** Latin spellings of a Russian first name, French and English conventions together. */
export function latinRussianSpellings(name) {
  return [...(spell(name, RUSSIAN_EN, 'ru-en') ?? []), ...(spell(name, RUSSIAN_FR, 'ru-fr') ?? [])];
}

/** Latin spellings of a Ukrainian first name (national transliteration and its variants). */
export function latinUkrainianSpellings(name) {
  return spell(name, UKRAINIAN, 'uk') ?? [];
}
