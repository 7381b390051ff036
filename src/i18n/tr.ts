/**
 * Turkish UI strings (Türkçe). One object with every key of the German source
 * (../de.ts and strings/*.ts, where the keys are explained); loaded on demand
 * by registry.ts.
 *
 * REVIEW BEFORE RELEASE: written by a developer, not yet checked by a native
 * speaker. A Turkish-speaking colleague of the city (e.g. from the
 * Integrationsrat or the Familienbüro) should read it in the running widget.
 *
 * Word choices: an "Angebot" is a `hizmet` (service), a "Lebensphase" a
 * `yaşam evresi`, a "Stadtteil" a `semt`, "Ansprechpersonen" are
 * `irtibat kişileri`. Turkish uses no plural after a number (`3 hizmet`);
 * names from the catalog are put where they need no case suffix.
 */
import type { Translation } from './de.js';
import type { Formatters } from './formatters.js';

const services = (count: number, f: Formatters) => `${f.number(count)} hizmet`;
const inSeconds = (seconds: number, f: Formatters) =>
  f.plural(seconds, { one: 'bir saniye', other: `${f.number(seconds)} saniye` });

export const tr: Translation = {
  // Everywhere
  languagePlainGerman: 'Kolay Almanca',

  // <offer-search>
  searchLabel: 'Hizmetlerde ara',
  searchHint: 'Bir anahtar kelime, örneğin ebe, kreş veya danışmanlık',
  filters: 'Filtreler',
  activeFilterCount: (count, f) => `${f.number(count)} etkin`,
  showResults: (count, f) => `Sonuçları göster (${f.number(count)})`,
  facetMilestone: 'Yaşam evresi',
  facetTopic: 'Konu',
  facetDistrict: 'Semt',
  facetAge: 'Çocuğun yaşı',
  facetCost: 'Ücret',
  facetLanguage: 'Dil',
  facetAccessibility: 'Engelsiz erişim',
  ageAny: 'Her yaş',
  ageExpecting: 'Bebek bekliyoruz',
  ageYears: (age, f) => (age === 0 ? '1 yaşından küçük' : `${f.number(age)} yaş`),
  freeOnly: 'Yalnızca ücretsiz hizmetler',
  wheelchairOnly: 'Yalnızca tekerlekli sandalyeye uygun hizmetler',
  activeFilters: 'Etkin filtreler',
  removeFilter: (label) => `Filtreyi kaldır: ${label}`,
  resetFilters: 'Tüm filtreleri kaldır',
  loading: 'Hizmetler yükleniyor …',
  resultCount: services,
  noResults: 'Hizmet bulunamadı.',
  noResultsHint: 'Başka bir anahtar kelime deneyin veya filtreleri kaldırın.',
  catalogEmpty: 'Burada henüz kayıtlı hizmet yok.',
  partialResults: (words) => `Hiçbir hizmet tüm kelimelerle (${words}) eşleşmiyor. Bazılarıyla eşleşen hizmetler:`,
  alsoSearched: 'ayrıca aranan',
  resultsHeading: 'Sonuçlar',
  page: (page, pages, f) => `Sayfa ${f.number(page)} / ${f.number(pages)}`,
  previousPage: 'Önceki sayfa',
  nextPage: 'Sonraki sayfa',
  pagination: 'Sonuç sayfaları',
  errorConfig: 'Hizmetler şu anda burada gösterilemiyor.',
  errorNetwork: 'Hizmetler yüklenemedi. Lütfen internet bağlantınızı kontrol edin.',
  errorTimeout: 'Sunucu şu anda yanıt vermiyor.',
  errorHttp: (status) => `Hizmetler yüklenemedi (hata ${status}).`,
  errorBusy: (seconds, f) => `Şu anda çok fazla istek var. Lütfen ${inSeconds(seconds, f)} sonra tekrar deneyin.`,
  errorData: 'Hizmet verilerinde şu anda bir hata var. Lütfen daha sonra tekrar deneyin.',
  errorTooLarge: 'Hizmet verileri burada gösterilemeyecek kadar büyük.',
  retry: 'Tekrar dene',
  catalogsMissing: (places) => `${places} hizmetleri şu anda yüklenemiyor. Diğer tüm hizmetler burada gösteriliyor.`,
  showingLastGood: (date) => `En son yüklenen hizmetler gösteriliyor (${date} itibarıyla).`,
  wholeCity: 'Tüm şehir',
  costFree: 'ücretsiz',
  costReduced: 'düşük ücretli',
  costPaid: 'ücretli',
  wheelchairYes: 'tekerlekli sandalyeye uygun',
  wheelchairNo: 'tekerlekli sandalyeye uygun değil',
  offeredBy: 'Sunan kurum',
  milestones: 'Yaşam evresi',
  district: 'Semt',
  cost: 'Ücret',
  languages: 'Diller',
  accessibility: 'Engelsiz erişim',
  details: 'Ayrıntılar',
  schedule: 'Gün ve saatler',
  address: 'Adres',
  mapLink: 'OpenStreetMap’te göster',
  website: 'İnternet sitesi',
  contacts: 'İrtibat kişileri',
  phone: 'Telefon',
  call: 'Ara',
  email: 'E-posta',
  hours: 'Görüşme saatleri',
  spokenLanguages: 'Konuştuğu diller',
  allOffers: 'Şehrin tüm hizmetlerini görün',
  save: 'Kaydet',
  saved: 'Kaydedildi',
  savedList: 'Kaydedilenler',
  savedAdded: 'Kaydedilenlere eklendi',
  savedRemoved: 'Kaydedilenlerden çıkarıldı',
  savedEmpty: 'Henüz kaydedilmiş hizmet yok. Bir hizmeti bu listeye eklemek için “Kaydet” düğmesine basın.',
  savedForPage: 'Liste yalnızca bu sayfa açık olduğu sürece geçerlidir. Hiçbir yere kaydedilmez.',
  savedOnDevice: 'Liste yalnızca bu cihazda saklanır. Hiçbir yere gönderilmez.',
  clearList: 'Listeyi temizle',
  savedCleared: 'Liste artık boş.',
  undoClear: 'Geri al',
  backToResults: 'Sonuçlara dön',
  linkList: 'Bir bağlantıdan gelen hizmetler',
  linkListHint: 'Bu hizmetler bir bağlantı ile paylaşıldı. “Kaydet” ile onları kaydedilenlere ekleyebilirsiniz.',
  saveAll: 'Tümünü kaydet',
  savedAll: 'Bu listedeki tüm hizmetler kaydedilenlerinizde.',
  print: 'Yazdır',
  mail: 'E-posta ile gönder',
  shareLink: 'Bağlantıyı paylaş',
  shareSearch: 'Bu aramanın bağlantısını paylaş',
  shareSearchShort: 'Paylaş',
  linkCopied: 'Bağlantı kopyalandı',
  linkToCopy: 'Kopyalanacak bağlantı',
  linkCopyHint: 'Bağlantı alanda seçili. Lütfen kopyalayın.',
  dataDate: 'Verilerin tarihi',
  viewLink: 'Bu görünümün bağlantısı',
  mailShortened: 'Tüm hizmetler bu e-postaya sığmıyor.',
  wholeList: 'Listenin tamamı',

  // "Yakınımda" ve harita.
  nearMe: 'Yakınımda',
  nearMeHint: 'Teklifleri uzaklığa göre sıralar. Konumunuz bu cihazda kalır: gönderilmez ve kaydedilmez.',
  nearMeLocate: 'Konumumu kullan',
  nearMePlace: 'Veya bir yer seçin',
  nearMeNoPlace: 'Yer seçilmedi',
  nearMeDistricts: 'Semtler',
  nearMeAddresses: 'Adresler',
  nearMeDevice: 'konumunuz',
  nearMeLocating: 'Konumunuz belirleniyor …',
  nearMeDenied: 'Konumunuza izin verilmedi. Bunun yerine bir yer seçebilirsiniz.',
  nearMeUnavailable: 'Konumunuz şu anda kullanılamıyor. Bunun yerine bir yer seçebilirsiniz.',
  nearMeSorted: (place) => `Uzaklığa göre sıralandı, başlangıç: ${place}`,
  nearMeOff: 'Sıralamayı kaldır',
  nearMeDistance: 'Uzaklık',
  nearMeKilometres: (km, f) => `${f.number(km)} km`,
  nearMeMapShow: 'Haritayı göster',
  nearMeMapHide: 'Haritayı gizle',
  nearMeMapLabel: 'Bu sayfadaki tekliflerin haritası',
  nearMeMapZoomIn: 'Yakınlaştır',
  nearMeMapZoomOut: 'Uzaklaştır',
  nearMeFailed: 'Bu şu anda yüklenemiyor. Lütfen tekrar deneyin.',

  // <milestone-timeline>
  timelineListLabel: 'Yaşam evreleri',
  timelineLoading: 'Yaşam evreleri ve hizmetler yükleniyor …',
  timelineEmpty: 'Bu genel bakış için henüz yaşam evresi girilmemiş.',
  timelineOfferCount: services,
  timelineGap: 'Henüz hizmet yok',
  timelineDistrictNote: (districts) => `${districts} için sunulan hizmetler ile tüm şehre yönelik hizmetler sayılıyor.`,
  timelineAgeRange: (range, f) => {
    switch (range.kind) {
      case 'any':
        return 'Her yaş';
      case 'pregnancy':
        return 'Hamilelik';
      case 'from-pregnancy':
        return 'Hamilelikten itibaren';
      case 'pregnancy-to':
        return `Hamilelikten ${f.number(range.to)} yaşına kadar`;
      case 'under':
        return `${f.number(range.to)} yaşından küçük`;
      case 'up-to':
        return `${f.number(range.to)} yaşına kadar`;
      case 'between':
        return `${f.number(range.from)}–${f.number(range.to)} yaş`;
      case 'exactly':
        return `${f.number(range.age)} yaş`;
      case 'from':
        return `${f.number(range.from)} yaşından itibaren`;
    }
  },
  timelineNowBadge: 'Şimdi',
  timelineNextBadge: 'Sıradaki',
  timelineTransition: (count, f) => `Geçiş: ${services(count, f)}`,
  timelineTransitionGap: 'Geçiş: henüz hizmet yok',
  timelineTransitionBetween: (from, to) => `“${from}” döneminden “${to}” dönemine`,
  timelineOffersHeading: (milestone, count, f) => `${milestone}: ${services(count, f)}`,
  timelineNowTitle: 'Şu anda neredeyiz?',
  timelineNowHint: 'Girdiğiniz bilgi bu cihazda kalır: ne kaydedilir ne de gönderilir.',
  timelineNowKind: 'Ne girmek istersiniz?',
  timelineKindBirth: 'Doğum tarihi',
  timelineKindDue: 'Tahmini doğum tarihi',
  timelineKindYears: 'Yaş (yıl olarak)',
  timelineNowSubmit: 'Yaşam evresini göster',
  timelineNowSubmitOffers: 'Hizmetleri göster',
  timelineNowClear: 'Bilgiyi sil',
  timelineProblemMissing: 'Lütfen bir tarih girin.',
  timelineProblemInvalid: 'Lütfen geçerli bir tarih girin, örneğin 14.03.2022.',
  timelineProblemBirthInFuture:
    'Doğum tarihi gelecekte. Çocuğunuz henüz doğmadıysa “Tahmini doğum tarihi” seçeneğini seçin.',
  timelineProblemDueInPast: 'Tahmini doğum tarihi geçmişte kalıyor. Lütfen doğum tarihini girin.',
  timelineProblemYears: 'Lütfen yaşı 0 ile 99 arasında bir sayı olarak girin.',
  timelineChildBorn: (years, months, days, f) => {
    if (years >= 1) return `Çocuğunuz ${f.number(years)} yaşında`;
    if (months >= 1) return `Çocuğunuz ${f.number(months)} aylık`;
    if (days >= 7) return `Çocuğunuz ${f.number(Math.floor(days / 7))} haftalık`;
    if (days >= 1) return `Çocuğunuz ${f.number(days)} günlük`;
    return 'Çocuğunuz bugün doğdu';
  },
  timelineChildExpected: (days, weeks, f) => {
    if (days === 0) return 'Çocuğunuzun bugün doğması bekleniyor';
    if (days === 1) return 'Çocuğunuzun yarın doğması bekleniyor';
    if (days < 14) return `Çocuğunuzun ${f.number(days)} gün sonra doğması bekleniyor`;
    return `Çocuğunuzun ${f.number(weeks)} hafta sonra doğması bekleniyor`;
  },
  timelineChildYears: (years, f) => {
    if (years < 0) return 'Bir bebek bekliyorsunuz';
    if (years < 1) return 'Çocuğunuz 1 yaşından küçük';
    return `Çocuğunuz ${f.number(years)} yaşında`;
  },
  timelineNow: (child, current, next) => {
    if (current && next) return `${child}: ${current}. Sıradaki: ${next}`;
    if (current) return `${child}: ${current}. Bu, bu genel bakıştaki son yaşam evresi.`;
    if (next) return `${child}. Sıradaki: ${next}`;
    return `${child}. Bu genel bakış, bu yaş için bir yaşam evresi göstermiyor.`;
  },

  // <contact-card>
  contactLoading: 'İletişim bilgileri yükleniyor …',
  contactNotFound: 'İletişim bilgisi bulunamadı.',
  contactNotFoundHint: 'Bilgiler değişmiş olabilir.',
  contactNetworks: (count, f) => f.plural(count, { one: 'Ağ', other: 'Ağlar' }),
  contactPhone: 'Telefon',
  contactEmail: 'E-posta',
  contactWebsite: 'İnternet sitesi',
  contactAddress: 'Adres',
  contactMapLink: 'OpenStreetMap’te göster',
  contactHours: 'Görüşme saatleri',
  contactSpeaks: 'Konuştuğu diller',
  contactLanguages: 'Diller',
  contactWrite: 'E-posta yaz',
  contactSave: 'Kişiyi kaydet',
  contactSaveHint: 'adres defteriniz için dosya olarak (vCard)',
  contactCountry: 'Almanya',
  contactFileName: 'Kişi',
  contactErrorConfig: 'İletişim bilgileri şu anda burada gösterilemiyor.',
  contactSaveFailed: 'Kişi kaydedilemedi. Lütfen internet bağlantınızı kontrol edip tekrar deneyin.',
  contactErrorNetwork: 'İletişim bilgileri yüklenemedi. Lütfen internet bağlantınızı kontrol edin.',
  contactErrorTimeout: 'Sunucu şu anda yanıt vermiyor.',
  contactErrorHttp: (status) => `İletişim bilgileri yüklenemedi (hata ${status}).`,
  contactErrorBusy: (seconds, f) =>
    `Şu anda çok fazla istek var. Lütfen ${inSeconds(seconds, f)} sonra tekrar deneyin.`,
  contactErrorData: 'İletişim bilgilerinde şu anda bir hata var. Lütfen daha sonra tekrar deneyin.',
  contactErrorTooLarge: 'İletişim bilgileri burada gösterilemeyecek kadar büyük.',
  contactRetry: 'Tekrar dene',
  contactShowingLastGood: (date) => `En son yüklenen iletişim bilgileri gösteriliyor (${date} itibarıyla).`,

  // <offer-finder>
  finderSkipToResults: 'Sonuçlara geç',
  finderTimelineToggle: 'Yaş girin, tüm yaşam evreleri',
  finderSearchHeading: 'Hizmet ara',
  finderContactsHeading: 'İrtibat kişileri',
  finderContactsForOffer: (title) => `“${title}” için irtibat kişileri`,
  finderContactsForMilestone: (title) => `“${title}” yaşam evresi için irtibat kişileri`,

  // <offer-coverage>
  coverageLoading: 'Genel bakış yükleniyor …',
  coverageEmpty: 'Bu genel bakış için henüz yaşam evresi girilmemiş.',
  coverageViewLabel: 'Görünüm',
  coverageViewTopics: 'Yaşam evresine göre konular',
  coverageViewDistricts: 'Yaşam evresine göre semtler',
  coverageAllDistricts: 'Tüm semtler',
  coverageCaption: (view, district) =>
    view === 'districts'
      ? 'Semte ve yaşam evresine göre hizmetler'
      : district
        ? `Konuya ve yaşam evresine göre hizmetler – ${district}`
        : 'Konuya ve yaşam evresine göre hizmetler – tüm semtler',
  coverageTopicsNote:
    'Bir hizmet, belirttiği her konu ve her yaşam evresi için sayılır. Boşluk: hiç hizmet yok. Zayıf: yalnızca bir hizmet.',
  coverageDistrictsNote:
    'Semtteki hizmetler ile tüm şehre yönelik hizmetler sayılıyor. Boşluk: semtin kendisinde hiç hizmet yok. Zayıf: yalnızca bir tane.',
  coverageTotal: 'Tüm hizmetler',
  coverageGap: 'boşluk',
  coverageThin: 'zayıf',
  coverageLocal: (count, f) => `semtte ${f.number(count)}`,
  coverageLocalColumn: (milestone) => `${milestone}: semtte`,
  coverageCell: (row, column) => `“${column}” içinde ${row}`,
  coverageGaps: (cells, f) => (cells.length ? `${f.number(cells.length)} boşluk: ${cells.join(', ')}.` : 'Boşluk yok.'),
  coverageThinList: (cells, f) =>
    cells.length ? `${f.number(cells.length)} zayıf alan: ${cells.join(', ')}.` : 'Zayıf alan yok.',
  coverageGapsHeading: (count, f) => (count ? `${f.number(count)} boşluk:` : 'Boşluk yok.'),
  coverageThinHeading: (count, f) => (count ? `${f.number(count)} zayıf alan:` : 'Zayıf alan yok.'),
  coverageWithCitywide: (count, f) => `şehir genelindekilerle ${f.number(count)}`,
  coverageWithoutTopic: (count, f) => `${services(count, f)} için konu yok; bu hizmetler hiçbir satırda sayılmıyor.`,
  coverageOffersHeading: (cell, count, f) => `${cell}: ${services(count, f)}`,
  coverageClose: 'Listeyi kapat',
  coverageDownload: 'Tabloyu CSV olarak indir',
  coverageFileName: 'hizmet-kapsami',

  // Açılış saatleri, kaydın tarihi, hata bildirme
  openNow: (until) => `Şu an açık, ${until} saatine kadar`,
  closedNow: (next) => `Şu an kapalı, açılış: ${next}`,
  closedForNow: 'Şimdilik kapalı',
  today: 'bugün',
  tomorrow: 'yarın',
  dayAndTime: (day, time) => `${day} ${time}`,
  openingHours: 'Açılış saatleri',
  openTodayOnly: 'Bugün açık',
  openingPeriod: (days, opens, closes) => `${days} ${opens}–${closes}`,
  openingValidFrom: (date) => `${date} tarihinden itibaren`,
  openingValidThrough: (date) => `${date} tarihine kadar`,
  updatedOn: (month) => `Güncelleme: ${month}`,
  updatedLongAgo: (month, months, f) =>
    `Güncelleme: ${month}. ${f.number(months)} aydan uzun süredir kontrol edilmedi – lütfen hâlâ geçerli olup olmadığını sorun.`,
  reportError: 'Hata bildir',
  reportSubject: (title, id) => `“${title}” kaydında hata (${id})`,
  reportBody: (title, id, link) => `Merhaba,\n\n“${title}” kaydında (ID ${id}) bir şey yanlış:\n\n\n\nKayıt: ${link}`,
};
