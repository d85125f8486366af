import type { hardening as english } from '../en/hardening';
import type { Shape } from '../shape';

export const hardening: Shape<typeof english> = {
  backups: {
    title: 'Ehtiyat nüsxələr',
    hint: 'Verilənlər bazasının nüsxəsi proqram açılanda və bağlananda avtomatik, gündə ən çoxu bir dəfə çıxarılır. Əl ilə çıxarılan nüsxələr həmişə saxlanılır.',
    folder: 'Qovluq: {{folder}}',
    keep: 'Saxlanılan avtomatik nüsxələrin sayı',
    saveKeep: 'Saxla',
    keepSaved: 'Bundan sonra {{count}} avtomatik nüsxə saxlanılır.',
    create: 'İndi nüsxə çıxar',
    created: 'Ehtiyat nüsxə saxlanıldı: {{name}}',
    none: 'Hələ ehtiyat nüsxə yoxdur.',
    restore: 'Bərpa et',
    restoreTitle: 'Bu nüsxə bərpa edilsin?',
    restoreText: 'Məlumatlar {{at}} tarixli nüsxə ilə əvəz olunacaq. Cari məlumatlardan əvvəlcə nüsxə çıxarılır, ona görə heç nə itmir.',
    restoreConfirm: 'Bərpa et',
    cancel: 'İmtina',
    restored: '{{at}} tarixli nüsxə bərpa edildi.',
    columns: { at: 'Çıxarılıb', kind: 'Növ', size: 'Həcm', actions: 'Əməliyyatlar' },
    kinds: { start: 'Açılışda', quit: 'Bağlananda', manual: 'Əl ilə', 'before-restore': 'Bərpadan əvvəl' },
  },
  recovery: {
    title: 'Verilənlər bazasını açmaq mümkün olmadı',
    reasons: {
      corrupt: 'Verilənlər bazasının faylı zədələnib.',
      unreadable: 'Verilənlər bazasının faylı oxunmur.',
      tooNew: 'Verilənlər bazası Protocol Desk-in daha yeni versiyası ilə yaradılıb.',
    },
    setAside: 'Fayl dəyişdirilmədən yeni adla saxlanılıb:',
    notMoved: 'Faylı köçürmək mümkün olmadı; o, dəyişdirilmədən yerində saxlanılıb.',
    detail: 'Texniki məlumat: {{detail}}',
    chooseBackup: 'Məlumatları ehtiyat nüsxədən bərpa edin',
    noBackups: 'Məlumat qovluğunda ehtiyat nüsxə tapılmadı.',
    startEmpty: 'Boş verilənlər bazası ilə başla',
    startEmptyHint: 'Yalnız yararlı nüsxə olmadıqda. Zədələnmiş fayl kənara qoyulduğu yerdə qalır.',
    working: 'Məlumatlar açılır…',
  },
  readOnly: {
    title: 'Verilənlər bazası yalnız oxumaq üçün açılıb',
    reasons: {
      file: 'Verilənlər bazası faylına yazmaq olmur: fayl «yalnız oxumaq üçün» kimi işarələnib və ya sizin hesabınızın onu dəyişməyə icazəsi yoxdur.',
      folder: 'Verilənlər bazasının olduğu qovluğa yazmaq olmur: məlumatları yadda saxlamaq üçün proqram orada fayllar yarada bilməlidir.',
    },
    path: 'Yeri: {{path}}',
    consequence: 'Hər şeyə baxmaq olar, lakin yadda saxlama, ixrac və çap söndürülüb. Administratordan oraya yazmağa icazə verməsini xahiş edin və proqramı yenidən başladın.',
  },
};
