// People's names for the synthetic archive, each as [Azerbaijani, Russian, English], so the bench's
// records are spelled the way the office's are: one person, three scripts. Lists go most common
// first (they are drawn by Zipf's law); the spellings are the usual transliterations.
export type Trio = readonly [az: string, ru: string, en: string];

/** `'Əliyev/Алиев/Aliyev Məmmədov/Мамедов/Mammadov'`: whitespace between names, slashes between scripts. */
function trios(list: string): Trio[] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const spellings = entry.split('/');
      if (spellings.length !== 3) throw new Error(`not three spellings: ${entry}`);
      return spellings as unknown as Trio;
    });
}

export interface NameCulture {
  surnames: Trio[];
  /** Zipf's exponent for the surnames (1 unless given): a mix of nationalities is flatter. */
  surnameSkew?: number;
  male: Trio[];
  female: Trio[];
  /** Azerbaijani, Russian and Central Asian surnames take a feminine ending: Heydərova, Гейдарова. */
  feminine: boolean;
  /** Chinese names are written surname first, in all three scripts. */
  surnameFirst: boolean;
  /** Endings that make rare surnames from syllables: the long tail of names met once or twice. */
  rareEndings: Trio[];
  /** ISO 639-1 codes of the languages such a person speaks, for `people.languages`. */
  languages: readonly string[];
  /** The script the office first types such a name in; the others may be missing. */
  typedIn: 'az' | 'ru' | 'en';
}

const az: NameCulture = {
  surnames: trios(`
    Məmmədov/Мамедов/Mammadov Əliyev/Алиев/Aliyev Hüseynov/Гусейнов/Huseynov Həsənov/Гасанов/Hasanov
    Quliyev/Гулиев/Guliyev İsmayılov/Исмаилов/Ismayilov Abdullayev/Абдуллаев/Abdullayev Heydərov/Гейдаров/Heydarov
    Cəfərov/Джафаров/Jafarov Babayev/Бабаев/Babayev Kərimov/Керимов/Karimov Rəhimov/Рагимов/Rahimov
    Qasımov/Гасымов/Gasimov Süleymanov/Сулейманов/Suleymanov Mustafayev/Мустафаев/Mustafayev Əhmədov/Ахмедов/Ahmadov
    Musayev/Мусаев/Musayev Vəliyev/Велиев/Valiyev Bağırov/Багиров/Bagirov Qurbanov/Гурбанов/Gurbanov
    Rzayev/Рзаев/Rzayev Nəbiyev/Набиев/Nabiyev Məlikov/Меликов/Melikov Hacıyev/Гаджиев/Hajiyev
    Zeynalov/Зейналов/Zeynalov Əsgərov/Аскеров/Asgarov Şükürov/Шукюров/Shukurov Səfərov/Сафаров/Safarov
    Həmidov/Гамидов/Hamidov Paşayev/Пашаев/Pashayev Tağıyev/Тагиев/Taghiyev Nağıyev/Нагиев/Naghiyev
    Qafarov/Гафаров/Gafarov Axundov/Ахундов/Akhundov Abbasov/Аббасов/Abbasov Rüstəmov/Рустамов/Rustamov
    Allahverdiyev/Аллахвердиев/Allahverdiyev Hüseynzadə/Гусейнзаде/Huseynzade Əlizadə/Ализаде/Alizade
    Quluzadə/Гулузаде/Guluzade Hüseynli/Гусейнли/Huseynli Əhmədli/Ахмедли/Ahmadli Nəsirov/Насиров/Nasirov
  `),
  male: trios(`
    Elçin/Эльчин/Elchin Rəşad/Рашад/Rashad Tural/Турал/Tural Anar/Анар/Anar Elnur/Эльнур/Elnur Orxan/Орхан/Orkhan
    Vüqar/Вугар/Vugar Kamran/Камран/Kamran Ramil/Рамиль/Ramil Fuad/Фуад/Fuad Elvin/Эльвин/Elvin Namiq/Намиг/Namig
    Səbuhi/Сабухи/Sabuhi Ayaz/Аяз/Ayaz Xəyal/Хаял/Khayal Kəmaləddin/Кямаледдин/Kamaladdin Etibar/Этибар/Etibar
    Emin/Эмин/Emin Nicat/Ниджат/Nijat İlqar/Ильгар/Ilgar Zaur/Заур/Zaur Mahir/Махир/Mahir Cavid/Джавид/Javid
    Elşən/Эльшан/Elshan Fərid/Фарид/Farid Azər/Азер/Azer Arif/Ариф/Arif Rauf/Рауф/Rauf Vasif/Васиф/Vasif
    Yaşar/Яшар/Yashar Rövşən/Ровшан/Rovshan Şahin/Шахин/Shahin
  `),
  female: trios(`
    Leyla/Лейла/Leyla Günel/Гюнель/Gunel Nərgiz/Наргиз/Nargiz Aynur/Айнур/Aynur Sevinc/Севиндж/Sevinj
    Nigar/Нигяр/Nigar Aygün/Айгюн/Aygun Səbinə/Сабина/Sabina Könül/Кёнюль/Konul Ülviyyə/Ульвия/Ulviyya
    Aysel/Айсель/Aysel Lalə/Лала/Lala Fidan/Фидан/Fidan Xədicə/Хадиджа/Khadija
  `),
  feminine: true,
  surnameFirst: false,
  rareEndings: trios('ov/ов/ov yev/ев/yev zadə/заде/zade li/ли/li'),
  languages: ['az', 'ru'],
  typedIn: 'az',
};

const ru: NameCulture = {
  surnames: trios(`
    İvanov/Иванов/Ivanov Smirnov/Смирнов/Smirnov Kuznetsov/Кузнецов/Kuznetsov Popov/Попов/Popov
    Vasilyev/Васильев/Vasilyev Petrov/Петров/Petrov Sokolov/Соколов/Sokolov Mixaylov/Михайлов/Mikhaylov
    Novikov/Новиков/Novikov Fyodorov/Фёдоров/Fyodorov Morozov/Морозов/Morozov Volkov/Волков/Volkov
    Alekseyev/Алексеев/Alekseyev Lebedev/Лебедев/Lebedev Semyonov/Семёнов/Semyonov Yeqorov/Егоров/Yegorov
    Pavlov/Павлов/Pavlov Kozlov/Козлов/Kozlov Stepanov/Степанов/Stepanov Nikolayev/Николаев/Nikolayev
    Orlov/Орлов/Orlov Andreyev/Андреев/Andreyev Makarov/Макаров/Makarov Nikitin/Никитин/Nikitin
    Zaxarov/Захаров/Zakharov Zaytsev/Зайцев/Zaytsev Solovyov/Соловьёв/Solovyov Borisov/Борисов/Borisov
    Yakovlev/Яковлев/Yakovlev Romanov/Романов/Romanov Sergeyev/Сергеев/Sergeyev Belov/Белов/Belov
    Tarasov/Тарасов/Tarasov Kurenkov/Куренков/Kurenkov Voronin/Воронин/Voronin Çupriyan/Чуприян/Chupriyan
  `),
  male: trios(`
    Aleksandr/Александр/Alexander Sergey/Сергей/Sergey Andrey/Андрей/Andrey Dmitri/Дмитрий/Dmitry
    Aleksey/Алексей/Alexey Vladimir/Владимир/Vladimir Nikolay/Николай/Nikolay İvan/Иван/Ivan
    Mixail/Михаил/Mikhail Yevgeni/Евгений/Yevgeny Pavel/Павел/Pavel Oleq/Олег/Oleg Viktor/Виктор/Viktor
    İqor/Игорь/Igor Yuri/Юрий/Yuri Roman/Роман/Roman Denis/Денис/Denis Anton/Антон/Anton
    Maksim/Максим/Maxim Vadim/Вадим/Vadim Konstantin/Константин/Konstantin Artyom/Артём/Artyom
  `),
  female: trios(`
    Yelena/Елена/Yelena Olqa/Ольга/Olga Tatyana/Татьяна/Tatiana Natalya/Наталья/Natalia İrina/Ирина/Irina
    Svetlana/Светлана/Svetlana Anna/Анна/Anna Mariya/Мария/Maria Yekaterina/Екатерина/Yekaterina Yuliya/Юлия/Yulia
  `),
  feminine: true,
  surnameFirst: false,
  rareEndings: trios('ov/ов/ov in/ин/in yev/ев/yev ski/ский/sky'),
  languages: ['ru'],
  typedIn: 'ru',
};

const central: NameCulture = {
  surnames: trios(`
    Yusupov/Юсупов/Yusupov Karimov/Каримов/Karimov Raximov/Рахимов/Rakhimov Usmanov/Усманов/Usmanov
    Axmedov/Ахмедов/Akhmedov Nazarov/Назаров/Nazarov Sultanov/Султанов/Sultanov Tursunov/Турсунов/Tursunov
    Mirzayev/Мирзаев/Mirzayev Erqaşev/Эргашев/Ergashev Xolmatov/Холматов/Kholmatov Saidov/Саидов/Saidov
    Abduraxmanov/Абдурахманов/Abdurakhmanov Nurmatov/Нурматов/Nurmatov İsmoilov/Исмоилов/Ismoilov
    Raşidov/Рашидов/Rashidov Yuldaşev/Юлдашев/Yuldashev Qudratxocayev/Кудратходжаев/Kudratkhodjaev
    Axmetov/Ахметов/Akhmetov Süleymenov/Сулейменов/Suleimenov Jakupov/Жакупов/Zhakupov Omarov/Омаров/Omarov
    İbraimov/Ибраимов/Ibraimov Bekov/Беков/Bekov Raxmonov/Рахмонов/Rakhmonov Şaripov/Шарипов/Sharipov
  `),
  male: trios(`
    Botir/Ботир/Botir Şuhrat/Шухрат/Shukhrat Rustam/Рустам/Rustam Dilşod/Дилшод/Dilshod Şerzod/Шерзод/Sherzod
    Baxtiyor/Бахтиёр/Bakhtiyor Jasur/Жасур/Jasur Farrux/Фаррух/Farrukh Otabek/Отабек/Otabek Uluqbek/Улугбек/Ulugbek
    Timur/Тимур/Timur Nurlan/Нурлан/Nurlan Yerlan/Ерлан/Yerlan Askar/Аскар/Askar Daniyar/Данияр/Daniyar
    Azamat/Азамат/Azamat Bakıt/Бакыт/Bakyt Sancar/Санжар/Sanjar
  `),
  female: trios(`
    Dilnoza/Дильноза/Dilnoza Gulnara/Гульнара/Gulnara Nodira/Нодира/Nodira Aygerim/Айгерим/Aigerim
    Malika/Малика/Malika Zarina/Зарина/Zarina
  `),
  feminine: true,
  surnameFirst: false,
  rareEndings: trios('ov/ов/ov yev/ев/yev'),
  languages: ['uz', 'ru'],
  typedIn: 'ru',
};

const tr: NameCulture = {
  surnames: trios(`
    Yılmaz/Йылмаз/Yilmaz Kaya/Кая/Kaya Demir/Демир/Demir Şahin/Шахин/Sahin Çelik/Челик/Celik Yıldız/Йылдыз/Yildiz
    Aydın/Айдын/Aydin Öztürk/Озтюрк/Ozturk Arslan/Арслан/Arslan Doğan/Доган/Dogan Kılıç/Кылыч/Kilic Koç/Коч/Koc
    Kurt/Курт/Kurt Özdemir/Оздемир/Ozdemir Polat/Полат/Polat Erdem/Эрдем/Erdem
  `),
  male: trios(`
    Mehmet/Мехмет/Mehmet Mustafa/Мустафа/Mustafa Ahmet/Ахмет/Ahmet Əli/Али/Ali Hüseyin/Хюсейн/Huseyin
    Həsən/Хасан/Hasan İbrahim/Ибрагим/Ibrahim Murat/Мурат/Murat Emre/Эмре/Emre Okan/Окан/Okan
  `),
  female: trios('Ayşe/Айше/Ayse Fatma/Фатма/Fatma Elif/Элиф/Elif Zeynep/Зейнеп/Zeynep'),
  feminine: false,
  surnameFirst: false,
  rareEndings: trios('oğlu/оглу/oglu an/ан/an er/ер/er'),
  languages: ['tr'],
  typedIn: 'az',
};

const ka: NameCulture = {
  surnames: trios(`
    Beridze/Беридзе/Beridze Kapanadze/Капанадзе/Kapanadze Gelaşvili/Гелашвили/Gelashvili Maisuradze/Маисурадзе/Maisuradze
    Giorgadze/Гиоргадзе/Giorgadze Lomidze/Ломидзе/Lomidze Tsiklauri/Циклаури/Tsiklauri Xutsişvili/Хуцишвили/Khutsishvili
    Bolkvadze/Болквадзе/Bolkvadze Nozadze/Нозадзе/Nozadze Mçedlişvili/Мчедлишвили/Mchedlishvili
  `),
  male: trios('Giorgi/Гиорги/Giorgi Davit/Давит/Davit Levan/Леван/Levan İrakli/Ираклий/Irakli Zurab/Зураб/Zurab Nika/Ника/Nika'),
  female: trios('Nino/Нино/Nino Tamar/Тамар/Tamar Mariam/Мариам/Mariam Ketevan/Кетеван/Ketevan'),
  feminine: false,
  surnameFirst: false,
  rareEndings: trios('dze/дзе/dze şvili/швили/shvili'),
  languages: ['ka', 'ru'],
  typedIn: 'ru',
};

const ir: NameCulture = {
  surnames: trios(`
    Məhəmmədi/Мохаммади/Mohammadi Hüseyni/Хосейни/Hosseini Əhmədi/Ахмади/Ahmadi Rzai/Резаи/Rezaei
    Kərimi/Карими/Karimi Muradi/Моради/Moradi Haşimi/Хашеми/Hashemi Cəfəri/Джафари/Jafari
  `),
  male: trios('Məhəmməd/Мохаммад/Mohammad Əli/Али/Ali Rza/Реза/Reza Hüseyn/Хосейн/Hossein Məhdi/Махди/Mahdi'),
  female: trios('Zəhra/Захра/Zahra Məryəm/Марьям/Maryam'),
  feminine: false,
  surnameFirst: false,
  rareEndings: trios('i/и/i zadə/заде/zadeh'),
  languages: ['fa'],
  typedIn: 'en',
};

const cn: NameCulture = {
  surnames: trios('Van/Ван/Wang Li/Ли/Li Çjan/Чжан/Zhang Lyu/Лю/Liu Çen/Чэнь/Chen Yan/Ян/Yang Çjao/Чжао/Zhao Xuan/Хуан/Huang'),
  male: trios('Vey/Вэй/Wei Min/Мин/Ming Ley/Лэй/Lei Tsyan/Цян/Qiang Tsze/Цзе/Jie Xua/Хуа/Hua'),
  female: trios('Fan/Фан/Fang Na/На/Na İn/Ин/Ying'),
  feminine: false,
  surnameFirst: true,
  rareEndings: [],
  languages: ['zh'],
  typedIn: 'en',
};

/** Partners from Europe and the international organisations. */
const intl: NameCulture = {
  surnames: trios(`
    Rossi/Росси/Rossi Müller/Мюллер/Müller Martin/Мартен/Martin Nowak/Новак/Nowak Russo/Руссо/Russo
    Schmidt/Шмидт/Schmidt Bernard/Бернар/Bernard Popesku/Попеску/Popescu Nad/Надь/Nagy Ferrari/Феррари/Ferrari
    Weber/Вебер/Weber Dubois/Дюбуа/Dubois Kowalski/Ковальский/Kowalski Kazlauskas/Казлаускас/Kazlauskas
    İonesku/Ионеску/Ionescu Romano/Романо/Romano Fischer/Фишер/Fischer Laurent/Лоран/Laurent Tóth/Тот/Tóth
  `),
  male: trios(`
    Marko/Марко/Marco Luka/Лука/Luca Tomas/Томас/Thomas Mixael/Михаэль/Michael Ştefan/Штефан/Stefan
    Pyer/Пьер/Pierre Jan/Жан/Jean Pyotr/Пётр/Piotr Daniel/Даниэль/Daniel Peter/Петер/Peter Mixay/Михай/Mihai
  `),
  female: trios('Mariya/Мария/Maria Anna/Анна/Anna Sofiya/София/Sofia Kler/Клэр/Claire Yuliya/Юлия/Julia'),
  surnameSkew: 0.6,
  feminine: false,
  surnameFirst: false,
  rareEndings: trios('i/и/i er/ер/er esku/еску/escu ski/ски/ski'),
  languages: ['en'],
  typedIn: 'en',
};

export const NAME_CULTURES = { az, ru, central, tr, ka, ir, cn, intl } as const;
export type CultureName = keyof typeof NAME_CULTURES;

/** Syllables that make thousands of rarer surnames, each written in the three scripts. */
export const SYLLABLES: Trio[] = trios(`
  ka/ка/ka ra/ра/ra mə/ма/ma li/ли/li xa/ха/kha şa/ша/sha no/но/no ve/ве/ve zu/зу/zu ca/джа/ja tu/ту/tu
  bə/ба/ba sa/са/sa mi/ми/mi ro/ро/ro lu/лу/lu qo/го/go də/да/da fi/фи/fi pe/пе/pe çi/чи/chi nu/ну/nu
  to/то/to vi/ви/vi
`);

/** A consonant between the syllables and the ending: Kara-m-ov, not Kara-ov. */
export const CONSONANTS: Trio[] = trios('m/м/m r/р/r l/л/l n/н/n d/д/d b/б/b k/к/k s/с/s t/т/t z/з/z v/в/v');

/** The ministers of the two press releases and ours: the office's most frequent names. */
export const MINISTERS: Partial<Record<string, { name: Trio; rank: string }>> = {
  AZ: { name: ['Kəmaləddin Heydərov', 'Кямаледдин Гейдаров', 'Kamaladdin Heydarov'], rank: 'Colonel-General' },
  UZ: { name: ['Botir Qudratxocayev', 'Ботир Кудратходжаев', 'Botir Kudratkhodjaev'], rank: 'Major-General' },
  RU: { name: ['Aleksandr Kurenkov', 'Александр Куренков', 'Alexander Kurenkov'], rank: 'Lieutenant-General' },
};
