// A name typed in one of the office's scripts, offered in the other two. Known names come from
// the dictionary (keyed by the spelling-blind word key, so «Гейдаров», "Heydarov" and
// "Heydərov" all find Heydər); surnames on a known name are composed from it; anything else goes
// letter by letter. General transliterators (the `transliteration` package among them) map
// Cyrillic to one Latin spelling and know neither Azerbaijani Latin nor the Russian conventions
// for Azerbaijani names (кя → kə, дж → c, h → г), so the rules are written out here.
import type { Language } from '../contract';
import { wordKeys } from '../search-key';
import { NAMES, type NameForms } from './dictionary';

const byKey = new Map<string, NameForms>();
for (const forms of NAMES) {
  for (const spelling of [forms.az, forms.ru, forms.en]) {
    for (const key of wordKeys(spelling)) if (!byKey.has(key)) byKey.set(key, forms);
  }
}

/** One letter (or letter group) and what it becomes, maybe only next to certain letters. */
interface Rule {
  from: string;
  to: string;
  /** `before` is the source letter in front (empty at the start), `after` the one that follows the match. */
  when?: (before: string, after: string) => boolean;
}

const CYRILLIC_VOWELS = 'аеёиоуыэюяьъ';
const LATIN_VOWELS = 'aeiouəıöü';
const atStartOrAfter = (letters: string) => (before: string) => before === '' || letters.includes(before);
const afterKOrG = (letters: string) => (before: string) => letters.includes(before) && before !== '';
const atEnd = (_before: string, after: string) => after === '';

/** The listed name a spelling is one of, in any reading of its letters. */
const knownName = (spelling: string): NameForms | undefined =>
  wordKeys(spelling).map((key) => byKey.get(key)).find((forms) => forms !== undefined);

/** Letters in a table, plus the context rules listed before them (first match wins). */
const rules = (context: Rule[], table: string): Rule[] => [
  ...context,
  ...table
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [from = '', to = ''] = pair.split('=');
      return { from, to };
    }),
];

const RU_TO_EN = rules(
  [
    { from: 'дж', to: 'j' },
    { from: 'ий', to: 'iy', when: atEnd },
    { from: 'ый', to: 'y', when: atEnd },
    { from: 'е', to: 'ye', when: atStartOrAfter(CYRILLIC_VOWELS) },
    { from: 'ё', to: 'o', when: afterKOrG('кг') },
    { from: 'я', to: 'a', when: afterKOrG('кг') },
    { from: 'ю', to: 'u', when: afterKOrG('кг') },
  ],
  `а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f
   х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya`,
);

const RU_TO_AZ = rules(
  [
    { from: 'дж', to: 'c' },
    { from: 'ий', to: 'i', when: atEnd },
    { from: 'ый', to: 'ı', when: atEnd },
    { from: 'е', to: 'ye', when: atStartOrAfter(CYRILLIC_VOWELS) },
    { from: 'ё', to: 'ö', when: afterKOrG('кг') },
    { from: 'я', to: 'ə', when: afterKOrG('кг') },
    { from: 'ю', to: 'ü', when: afterKOrG('кг') },
    // Russian г before a front vowel is Azerbaijani g, before a back vowel q.
    { from: 'г', to: 'g', when: (_before, after) => 'еёиюяь'.includes(after) && after !== '' },
  ],
  `а=a б=b в=v г=q д=d е=e ё=yo ж=j з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f
   х=x ц=ts ч=ç ш=ş щ=şç ъ= ы=ı ь= э=e ю=yu я=ya`,
);

const AZ_TO_EN = rules([], 'ə=a ş=sh ç=ch x=kh c=j ğ=gh q=g ı=i ö=o ü=u');

const AZ_TO_RU = rules(
  [
    { from: 'ya', to: 'я' },
    { from: 'yu', to: 'ю' },
    { from: 'ye', to: 'е' },
    { from: 'yo', to: 'ё' },
    { from: 'e', to: 'э', when: atStartOrAfter('') },
    { from: 'ə', to: 'я', when: afterKOrG('kg') },
    { from: 'ö', to: 'ё', when: afterKOrG('kg') },
    { from: 'ü', to: 'ю', when: (before) => before === '' || 'kg'.includes(before) },
  ],
  `a=а b=б c=дж ç=ч d=д e=е ə=а f=ф g=г ğ=г h=г x=х ı=ы i=и j=ж k=к q=г l=л m=м n=н o=о ö=ё p=п r=р
   s=с ş=ш t=т u=у ü=у v=в y=й z=з`,
);

const EN_TO_AZ = rules(
  [
    { from: 'sh', to: 'ş' },
    { from: 'ch', to: 'ç' },
    { from: 'kh', to: 'x' },
    { from: 'zh', to: 'j' },
    { from: 'gh', to: 'ğ' },
    // English keeps no front and back g apart; Azerbaijani writes q before back vowels.
    { from: 'g', to: 'q', when: (_before, after) => 'aou'.includes(after) && after !== '' },
  ],
  'j=c w=v x=ks c=k',
);

const EN_TO_RU = rules(
  [
    { from: 'shch', to: 'щ' },
    { from: 'sh', to: 'ш' },
    { from: 'ch', to: 'ч' },
    { from: 'kh', to: 'х' },
    { from: 'zh', to: 'ж' },
    { from: 'ts', to: 'ц' },
    { from: 'gh', to: 'г' },
    { from: 'ya', to: 'я' },
    { from: 'yu', to: 'ю' },
    { from: 'yo', to: 'ё' },
    { from: 'ye', to: 'е' },
    { from: 'e', to: 'э', when: atStartOrAfter('') },
    { from: 'y', to: 'й', when: (before) => LATIN_VOWELS.includes(before) && before !== '' },
    { from: 'y', to: 'ий', when: atEnd },
  ],
  `a=а b=б c=к d=д e=е f=ф g=г h=г i=и j=дж k=к l=л m=м n=н o=о p=п q=к r=р s=с t=т u=у v=в w=в
   x=кс y=ы z=з`,
);

const RULES: Record<Language, Partial<Record<Language, Rule[]>>> = {
  ru: { en: RU_TO_EN, az: RU_TO_AZ },
  az: { en: AZ_TO_EN, ru: AZ_TO_RU },
  en: { az: EN_TO_AZ, ru: EN_TO_RU },
};

// Azerbaijani has its own dotted and dotless i; the other two use the usual case mapping.
const LOCALE: Record<Language, string> = { az: 'az', ru: 'ru', en: 'en' };
const lower = (text: string, lang: Language) => text.toLocaleLowerCase(LOCALE[lang]);
const upper = (text: string, lang: Language) => text.toLocaleUpperCase(LOCALE[lang]);

function byRules(word: string, from: Language, to: Language): string {
  const table = RULES[from][to] ?? [];
  const source = lower(word, from);
  let out = '';
  let index = 0;
  while (index < source.length) {
    const before = source[index - 1] ?? '';
    const rule = table.find(
      (candidate) =>
        source.startsWith(candidate.from, index) &&
        (candidate.when?.(before, source[index + candidate.from.length] ?? '') ?? true),
    );
    const length = rule?.from.length ?? 1;
    const piece = rule ? rule.to : source.slice(index, index + 1);
    const original = word.slice(index, index + length);
    // A capital in the source makes the first letter of its rendering a capital.
    out += original !== lower(original, from) ? upper(piece.slice(0, 1), to) + piece.slice(1) : piece;
    index += length;
  }
  return out;
}

/** Surname endings: the stem is a listed name, the ending follows its last letter and gender. */
const SURNAME_ENDINGS = ['yeva', 'yev', 'ova', 'eva', 'ov', 'ev', 'ева', 'ев', 'ова', 'ов'];
const VOWEL_AT_END = /[aeiouəıöüаеёиоуыэюя]$/iu;

function surname(word: string): NameForms | undefined {
  const plain = lower(word, 'en');
  for (const ending of SURNAME_ENDINGS) {
    if (!plain.endsWith(ending) || plain.length - ending.length < 2) continue;
    const stem = knownName(word.slice(0, word.length - ending.length));
    if (!stem) continue;
    const feminine = ending.endsWith('a') || ending.endsWith('а');
    const latin = (name: string) => name + (VOWEL_AT_END.test(name) ? 'yev' : 'ov') + (feminine ? 'a' : '');
    const cyrillic = VOWEL_AT_END.test(stem.ru) ? 'ев' : 'ов';
    return { az: latin(stem.az), ru: stem.ru + cyrillic + (feminine ? 'а' : ''), en: latin(stem.en) };
  }
  return undefined;
}

function word(text: string, from: Language, to: Language): string {
  const known = knownName(text) ?? surname(text);
  const rendered = known ? known[to] : byRules(text, from, to);
  // Abbreviations and surnames in capitals (МЧС, HEYDAROV) stay in capitals.
  const shouting = text.length > 1 && text === upper(text, from);
  return shouting ? upper(rendered, to) : rendered;
}

/** The text in all three scripts; the language it was typed in keeps it exactly as typed. */
export function transliterateName(text: string, from: Language): NameForms {
  // Words and what separates them (spaces, hyphens, dots) alternate; only words are converted.
  const parts = text.split(/([^\p{L}\p{M}]+)/u);
  const render = (to: Language) =>
    to === from ? text : parts.map((part, index) => (index % 2 === 1 || part === '' ? part : word(part, from, to))).join('');
  return { az: render('az'), ru: render('ru'), en: render('en') };
}
