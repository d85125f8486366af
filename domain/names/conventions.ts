// The Latin spellings a name typed in Cyrillic has by convention. An officer of Russia's EMERCOM
// travels on a passport spelt by the Russian rule of 2014 (ICAO Doc 9303: Iuliia, Aleksei), is
// often known by the older common one (Yuliya, Aleksey), and an Uzbek minister's name is written
// in the Uzbek Latin alphabet (Shuxrat, Oʻktam). Iuliia implements the Russian schemes with their
// letter-combination rules; no kept library knows Uzbek Latin, so its table is given here as an
// Iuliia schema and runs on the same engine.
import { ICAO_DOC_9303, Schema, WIKIPEDIA, translate } from 'iuliia';
import type { Language, NameConvention, NameSpelling, NameSpellings } from '../contract';
import { transliterateName } from './transliteration';

const VOWELS = 'аеёиоуыэюяў';
const SIGNS = 'ъь';

/**
 * The Uzbek Latin alphabet of 1995 for Uzbek and Russian Cyrillic: х is x, ж and дж are j, ў is
 * oʻ, ғ is gʻ (with the modifier letter ʻ, the form the alphabet's rules prescribe, which also
 * keeps the word one word), қ is q, ҳ is h, and е is ye at the start and after a vowel or sign.
 */
const UZBEK_LATIN = new Schema(
  'uzbek_latin_1995',
  new Map(
    Object.entries({
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y',
      к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
      х: 'x', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: 'ʼ', ы: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
      ў: 'oʻ', қ: 'q', ғ: 'gʻ', ҳ: 'h',
    }),
  ),
  // Iuliia reads a one-letter key here as "at the start of the word".
  new Map([['е', 'ye'], ...[...VOWELS, ...SIGNS].map((before) => [before + 'е', 'ye'] as [string, string])]),
  new Map([['дж', '']]),
);

const SCHEMES: Array<[NameConvention, Schema]> = [
  ['russianPassport', ICAO_DOC_9303],
  ['russianCommon', WIKIPEDIA],
  ['uzbekLatin', UZBEK_LATIN],
];

/** Letters a scheme doesn't have (Uzbek ў, қ, ғ, ҳ in the Russian ones) stay Cyrillic. */
const CYRILLIC = /\p{Script=Cyrillic}/u;

function bySchema(text: string, schema: Schema): string {
  return text
    .split(/([^\p{L}\p{M}]+)/u)
    .map((part, index) => {
      if (index % 2 === 1 || part === '') return part;
      // A word in capitals (ХОДЖАЕВ) stays in capitals, not "KhODZhAEV".
      const shouting = part.length > 1 && part === part.toLocaleUpperCase('ru');
      return shouting ? translate(part.toLocaleLowerCase('ru'), schema).toLocaleUpperCase('en') : translate(part, schema);
    })
    .join('');
}

/** Spellings in the order given, one per distinct text, each with every convention that gives it. */
function merged(candidates: Array<{ text: string; convention: NameConvention }>): NameSpelling[] {
  const spellings: NameSpelling[] = [];
  for (const { text, convention } of candidates) {
    const same = spellings.find((spelling) => spelling.text === text);
    if (same) same.conventions.push(convention);
    else spellings.push({ text, conventions: [convention] });
  }
  return spellings;
}

/**
 * What to offer for each language while a name is typed in one. Every field gets the usual
 * spelling; a name typed in Cyrillic also gets, in English, the spelling of each convention.
 * The Azerbaijani field keeps its one spelling: Azerbaijani writes foreign names in its own
 * alphabet (Şuxrat, not Shuxrat).
 */
export function nameSpellings(text: string, from: Language): NameSpellings {
  const usual = transliterateName(text, from);
  // A Latin spelling that kept Cyrillic letters the rules don't know (ў, қ) is no spelling.
  const offered = (language: Language): Array<{ text: string; convention: NameConvention }> =>
    language === from || (language !== 'ru' && CYRILLIC.test(usual[language])) ? [] : [{ text: usual[language], convention: 'usual' as const }];
  const english = offered('en');
  if (from === 'ru') {
    for (const [convention, schema] of SCHEMES) {
      const spelled = bySchema(text, schema);
      if (!CYRILLIC.test(spelled)) english.push({ text: spelled, convention });
    }
  }
  return { az: merged(offered('az')), ru: merged(offered('ru')), en: merged(english) };
}
