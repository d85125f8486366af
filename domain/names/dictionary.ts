// Names as they are actually written in each script. Azerbaijani names reach Russian and English
// through conventions no rule fully captures (Kəmaləddin → Кямаледдин, Məmməd → Мамед,
// Hüseyn → Гусейн), and Russian names have settled English forms (Александр → Alexander), so the
// common ones are listed. Surnames built on a listed name (Heydər → Heydərov, Əli → Əliyev) are
// composed from it, see transliteration.ts; only surnames that are not are listed here.
// Each line: Azerbaijani | Russian | English.
const LINES = `
Kəmaləddin|Кямаледдин|Kamaladdin
Heydər|Гейдар|Heydar
Əli|Али|Ali
Məmməd|Мамед|Mammad
Məhəmməd|Магомед|Mahammad
Hüseyn|Гусейн|Huseyn
Həsən|Гасан|Hasan
İlham|Ильхам|Ilham
Rövşən|Ровшан|Rovshan
Elçin|Эльчин|Elchin
Elmar|Эльмар|Elmar
Elnur|Эльнур|Elnur
Elşən|Эльшан|Elshan
Ramil|Рамиль|Ramil
Rauf|Рауф|Rauf
Rəşad|Рашад|Rashad
Ramiz|Рамиз|Ramiz
Vüqar|Вугар|Vugar
Vaqif|Вагиф|Vagif
Tofiq|Тофик|Tofig
Fuad|Фуад|Fuad
Anar|Анар|Anar
Kamran|Камран|Kamran
Kənan|Кенан|Kanan
Orxan|Орхан|Orkhan
Tural|Турал|Tural
Murad|Мурад|Murad
Nicat|Ниджат|Nijat
Cavid|Джавид|Javid
Ceyhun|Джейхун|Jeyhun
Səbuhi|Сабухи|Sabuhi
Ənvər|Энвер|Anvar
Mübariz|Мубариз|Mubariz
Etibar|Этибар|Etibar
Faiq|Фаиг|Faig
Zakir|Закир|Zakir
Şahin|Шахин|Shahin
Natiq|Натиг|Natig
Rüstəm|Рустам|Rustam
Qasım|Гасым|Gasim
Abbas|Аббас|Abbas
İsmayıl|Исмаил|Ismayil
Bağır|Багир|Baghir
Cəfər|Джафар|Jafar
Hacı|Гаджи|Haji
Vəli|Вели|Vali
Nəsib|Насиб|Nasib
Yaqub|Ягуб|Yagub
Xəlil|Халил|Khalil
İbrahim|Ибрагим|Ibrahim
Əhməd|Ахмед|Ahmad
Əsəd|Асад|Asad
Səməd|Самед|Samad
Səfər|Сафар|Safar
Əsgər|Аскер|Asgar
Mirzə|Мирза|Mirza
Kərim|Керим|Karim
Rəhim|Рагим|Rahim
Sadıq|Садыг|Sadig
Nəriman|Нариман|Nariman
Zaur|Заур|Zaur
Azər|Азер|Azer
Nazim|Назим|Nazim
Hikmət|Хикмет|Hikmat
Abdulla|Абдулла|Abdulla
Rəsul|Расул|Rasul
Rza|Рза|Rza
Baba|Баба|Baba
Novruz|Новруз|Novruz
Oruc|Орудж|Oruj
Zeynal|Зейнал|Zeynal
Qara|Кара|Gara
Mustafa|Мустафа|Mustafa
Aynur|Айнур|Aynur
Leyla|Лейла|Leyla
Günay|Гюнай|Gunay
Səbinə|Сабина|Sabina
Nigar|Нигяр|Nigar
Gülnarə|Гюльнара|Gulnara
Aygün|Айгюн|Aygun
Ülviyyə|Ульвия|Ulviyya
Könül|Кёнуль|Konul
Zərifə|Зарифа|Zarifa
Mehriban|Мехрибан|Mehriban
Nərmin|Нармин|Narmin
Aysel|Айсель|Aysel
Lalə|Ляля|Lala
Sevinc|Севиндж|Sevinj
Nərgiz|Наргиз|Nargiz
Quliyev|Гулиев|Guliyev
Quliyeva|Гулиева|Guliyeva
oğlu|оглы|oglu
qızı|кызы|gizi
Aleksandr|Александр|Alexander
Sergey|Сергей|Sergey
Andrey|Андрей|Andrey
Dmitri|Дмитрий|Dmitry
Vladimir|Владимир|Vladimir
Yevgeni|Евгений|Yevgeny
Nikolay|Николай|Nikolay
Aleksey|Алексей|Alexey
Mixail|Михаил|Mikhail
Viktor|Виктор|Viktor
Yuri|Юрий|Yury
İqor|Игорь|Igor
Oleq|Олег|Oleg
Pavel|Павел|Pavel
İvan|Иван|Ivan
Vyaçeslav|Вячеслав|Vyacheslav
Yelena|Елена|Yelena
Olqa|Ольга|Olga
Natalya|Наталья|Natalya
Botir|Ботир|Botir
`;

export interface NameForms {
  az: string;
  ru: string;
  en: string;
}

export const NAMES: readonly NameForms[] = LINES.trim()
  .split('\n')
  .map((line) => {
    const [az = '', ru = '', en = ''] = line.split('|');
    return { az, ru, en };
  });
