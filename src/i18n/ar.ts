/**
 * Arabic UI strings (العربية), written right to left (registry.ts gives
 * Arabic `dir: 'rtl'`). One object with every key of the German source
 * (../de.ts and strings/*.ts, where the keys are explained); loaded on demand
 * by registry.ts.
 *
 * REVIEW BEFORE RELEASE: written by a developer, not yet checked by a native
 * speaker. An Arabic-speaking colleague of the city (e.g. from the
 * Integrationsrat or the Familienbüro) should read it in the running widget.
 *
 * Modern Standard Arabic. An "Angebot" is a `خدمة` (service), a "Lebensphase"
 * a `مرحلة عمرية`. The family is addressed without a gendered imperative
 * where possible (`يُرجى …`). Counted nouns take all six CLDR plural forms
 * (Intl.PluralRules for `ar`): zero, one (`خدمة واحدة`), two (`خدمتان`),
 * few 3–10 (`3 خدمات`), many 11–99 (`11 خدمةً`, accusative singular) and
 * other 100, 101, … (`100 خدمة`); after a preposition (`بعد`, `من`) the
 * genitive dual (`ثانيتين`). Digits are the locale's (`Intl.NumberFormat`):
 * Western for `ar`, Arabic-Indic (`١٠٠`) for `lang="ar-EG"` and the like.
 */
import type { Translation } from './de.js';
import type { Formatters } from './formatters.js';

/** `٣ خدمات`: a number of services (nominative). */
const services = (count: number, f: Formatters) =>
  f.plural(count, {
    zero: 'لا توجد خدمات',
    one: 'خدمة واحدة',
    two: 'خدمتان',
    few: `${f.number(count)} خدمات`,
    many: `${f.number(count)} خدمةً`,
    other: `${f.number(count)} خدمة`,
  });

/** Years as the subject or predicate: `عمر طفلك سنتان`. */
const years = (count: number, f: Formatters) =>
  f.plural(count, {
    one: 'سنة واحدة',
    two: 'سنتان',
    few: `${f.number(count)} سنوات`,
    many: `${f.number(count)} سنةً`,
    other: `${f.number(count)} سنة`,
  });

/** Years after a preposition: `أقل من سنتين`. */
const yearsAfterPreposition = (count: number, f: Formatters) =>
  f.plural(count, {
    one: 'سنة واحدة',
    two: 'سنتين',
    few: `${f.number(count)} سنوات`,
    many: `${f.number(count)} سنةً`,
    other: `${f.number(count)} سنة`,
  });

/** Seconds after `بعد`. */
const seconds = (count: number, f: Formatters) =>
  f.plural(count, {
    one: 'ثانية واحدة',
    two: 'ثانيتين',
    few: `${f.number(count)} ثوانٍ`,
    many: `${f.number(count)} ثانيةً`,
    other: `${f.number(count)} ثانية`,
  });

const busy = (count: number, f: Formatters) =>
  `هناك طلبات كثيرة جدًا في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد ${seconds(count, f)}.`;

export const ar: Translation = {
  // Everywhere
  languagePlainGerman: 'الألمانية المبسّطة',

  // <offer-search>
  searchLabel: 'البحث في الخدمات',
  searchHint: 'كلمة بحث، مثلًا: قابلة أو روضة أطفال أو استشارة',
  filters: 'التصفية',
  activeFilterCount: (count, f) => `المفعّلة: ${f.number(count)}`,
  showResults: (count, f) => `عرض النتائج (${f.number(count)})`,
  facetMilestone: 'المرحلة العمرية',
  facetTopic: 'الموضوع',
  facetDistrict: 'الحي',
  facetAge: 'عمر الطفل',
  facetCost: 'التكلفة',
  facetLanguage: 'اللغة',
  facetAccessibility: 'إمكانية الوصول',
  ageAny: 'كل الأعمار',
  ageExpecting: 'ننتظر مولودًا',
  ageYears: (age, f) => (age === 0 ? 'أقل من سنة' : years(age, f)),
  freeOnly: 'الخدمات المجانية فقط',
  wheelchairOnly: 'الخدمات المناسبة للكراسي المتحركة فقط',
  activeFilters: 'عوامل التصفية المفعّلة',
  removeFilter: (label) => `إزالة عامل التصفية: ${label}`,
  resetFilters: 'إزالة كل عوامل التصفية',
  loading: 'جارٍ تحميل الخدمات …',
  resultCount: services,
  noResults: 'لم يُعثر على خدمات.',
  noResultsHint: 'يمكن تجربة كلمة أخرى أو إزالة بعض عوامل التصفية.',
  catalogEmpty: 'لم تُسجَّل أي عروض هنا بعد.',
  partialResults: (words) => `لا توجد خدمة تطابق كل الكلمات (${words}). خدمات تطابق بعضها:`,
  alsoSearched: 'تم البحث أيضًا عن',
  resultsHeading: 'النتائج',
  page: (page, pages, f) => `الصفحة ${f.number(page)} من ${f.number(pages)}`,
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
  pagination: 'صفحات النتائج',
  errorConfig: 'لا يمكن عرض الخدمات هنا حاليًا.',
  errorNetwork: 'تعذّر تحميل الخدمات. يُرجى التحقق من الاتصال بالإنترنت.',
  errorTimeout: 'الخادم لا يستجيب حاليًا.',
  errorHttp: (status) => `تعذّر تحميل الخدمات (خطأ ${status}).`,
  errorBusy: busy,
  errorData: 'بيانات الخدمات غير سليمة حاليًا. يُرجى المحاولة لاحقًا.',
  errorTooLarge: 'بيانات الخدمات أكبر من أن تُعرض هنا.',
  retry: 'إعادة المحاولة',
  catalogsMissing: (places) => `تعذّر تحميل خدمات ${places} الآن. تُعرض هنا جميع الخدمات الأخرى.`,
  showingLastGood: (date) => `تُعرض الخدمات التي حُمّلت آخر مرة (بتاريخ ${date}).`,
  wholeCity: 'المدينة كلها',
  costFree: 'مجانية',
  costReduced: 'تكلفة منخفضة',
  costPaid: 'مدفوعة',
  wheelchairYes: 'مناسبة للكراسي المتحركة',
  wheelchairNo: 'غير مناسبة للكراسي المتحركة',
  offeredBy: 'الجهة المقدِّمة',
  milestones: 'المرحلة العمرية',
  district: 'الحي',
  cost: 'التكلفة',
  languages: 'اللغات',
  accessibility: 'إمكانية الوصول',
  details: 'التفاصيل',
  schedule: 'المواعيد',
  address: 'العنوان',
  mapLink: 'عرض على خريطة OpenStreetMap',
  website: 'الموقع الإلكتروني',
  contacts: 'جهات الاتصال',
  phone: 'الهاتف',
  call: 'اتصل',
  email: 'البريد الإلكتروني',
  hours: 'ساعات الاستقبال',
  spokenLanguages: 'لغات التواصل',
  allOffers: 'عرض كل خدمات المدينة',
  save: 'حفظ',
  saved: 'محفوظة',
  savedList: 'القائمة المحفوظة',
  savedAdded: 'أُضيفت إلى القائمة المحفوظة',
  savedRemoved: 'أُزيلت من القائمة المحفوظة',
  savedEmpty: 'القائمة المحفوظة فارغة. يُرجى استخدام زر «حفظ» لإضافة خدمة إلى هذه القائمة.',
  savedForPage: 'تبقى القائمة ما دامت هذه الصفحة مفتوحة فقط، ولا يتم حفظها.',
  savedOnDevice: 'تُحفظ القائمة على هذا الجهاز فقط، ولا تُرسل إلى أي جهة.',
  clearList: 'إفراغ القائمة',
  savedCleared: 'القائمة المحفوظة فارغة الآن.',
  undoClear: 'تراجع',
  backToResults: 'العودة إلى النتائج',
  linkList: 'خدمات من رابط',
  linkListHint: 'تمت مشاركة هذه الخدمات عبر رابط. يمكن إضافتها إلى القائمة المحفوظة بزر «حفظ».',
  saveAll: 'حفظ الكل',
  savedAll: 'كل خدمات هذه القائمة موجودة في القائمة المحفوظة.',
  print: 'طباعة',
  mail: 'إرسال بالبريد الإلكتروني',
  shareLink: 'مشاركة الرابط',
  shareSearch: 'مشاركة رابط هذا البحث',
  shareSearchShort: 'مشاركة',
  linkCopied: 'تم نسخ الرابط',
  linkToCopy: 'الرابط للنسخ',
  linkCopyHint: 'الرابط محدَّد في الحقل. يُرجى نسخه.',
  dataDate: 'تاريخ البيانات',
  viewLink: 'رابط هذا العرض',
  mailShortened: 'لا تتسع هذه الرسالة لكل الخدمات.',
  wholeList: 'القائمة كاملة',

  // "بالقرب مني" والخريطة.
  nearMe: 'بالقرب مني',
  nearMeHint: 'يرتّب العروض حسب المسافة. يبقى موقعك على هذا الجهاز: لا يُرسَل ولا يُحفَظ.',
  nearMeLocate: 'استخدام موقعي',
  nearMePlace: 'أو اختر مكانًا',
  nearMeNoPlace: 'لم يُختَر مكان',
  nearMeDistricts: 'الأحياء',
  nearMeAddresses: 'العناوين',
  nearMeDevice: 'موقعك',
  nearMeLocating: 'جارٍ تحديد موقعك …',
  nearMeDenied: 'لم تسمح بمشاركة موقعك. يمكنك اختيار مكان بدلًا من ذلك.',
  nearMeUnavailable: 'موقعك غير متاح الآن. يمكنك اختيار مكان بدلًا من ذلك.',
  nearMeSorted: (place) => `مرتّبة حسب المسافة من ${place}`,
  nearMeOff: 'إلغاء الترتيب حسب المسافة',
  nearMeDistance: 'المسافة',
  nearMeKilometres: (km, f) => `${f.number(km)} كم`,
  nearMeMapShow: 'عرض الخريطة',
  nearMeMapHide: 'إخفاء الخريطة',
  nearMeMapLabel: 'خريطة العروض في هذه الصفحة',
  nearMeMapZoomIn: 'تكبير',
  nearMeMapZoomOut: 'تصغير',
  nearMeFailed: 'لا يمكن تحميل ذلك الآن. يرجى المحاولة مرة أخرى.',

  // <milestone-timeline>
  timelineListLabel: 'المراحل العمرية',
  timelineLoading: 'جارٍ تحميل المراحل العمرية والخدمات …',
  timelineEmpty: 'لم تُضَف أي مراحل عمرية إلى هذه النظرة العامة بعد.',
  timelineOfferCount: services,
  timelineGap: 'لا توجد خدمات بعد',
  timelineDistrictNote: (districts) => `تُحسب الخدمات في ${districts} والخدمات الموجّهة للمدينة كلها.`,
  timelineAgeRange: (range, f) => {
    switch (range.kind) {
      case 'any':
        return 'كل الأعمار';
      case 'pregnancy':
        return 'الحمل';
      case 'from-pregnancy':
        return 'منذ الحمل';
      case 'pregnancy-to':
        return `من الحمل حتى عمر ${yearsAfterPreposition(range.to, f)}`;
      case 'under':
        return `أقل من ${yearsAfterPreposition(range.to, f)}`;
      case 'up-to':
        return `حتى عمر ${yearsAfterPreposition(range.to, f)}`;
      case 'between':
        return `${f.number(range.from)}–${f.number(range.to)} ${f.plural(range.to, { few: 'سنوات', many: 'سنةً', other: 'سنة' })}`;
      case 'exactly':
        return years(range.age, f);
      case 'from':
        return `من عمر ${yearsAfterPreposition(range.from, f)}`;
    }
  },
  timelineNowBadge: 'الآن',
  timelineNextBadge: 'التالي',
  timelineTransition: (count, f) => `مرحلة انتقالية: ${services(count, f)}`,
  timelineTransitionGap: 'مرحلة انتقالية: لا توجد خدمات بعد',
  timelineTransitionBetween: (from, to) => `من ${from} إلى ${to}`,
  timelineOffersHeading: (milestone, count, f) => `${milestone}: ${services(count, f)}`,
  timelineNowTitle: 'أين نحن الآن؟',
  timelineNowHint: 'تبقى هذه المعلومات على هذا الجهاز، فلا تُحفظ ولا تُرسل.',
  timelineNowKind: 'نوع المعلومة',
  timelineKindBirth: 'تاريخ الميلاد',
  timelineKindDue: 'موعد الولادة المتوقع',
  timelineKindYears: 'العمر بالسنوات',
  timelineNowSubmit: 'عرض المرحلة العمرية',
  timelineNowSubmitOffers: 'عرض الخدمات',
  timelineNowClear: 'حذف المعلومة',
  timelineProblemMissing: 'يُرجى إدخال تاريخ.',
  timelineProblemInvalid: 'يُرجى إدخال تاريخ صحيح، مثل 14/03/2022.',
  timelineProblemBirthInFuture: 'تاريخ الميلاد في المستقبل. إذا لم يولد الطفل بعد، يُرجى اختيار «موعد الولادة المتوقع».',
  timelineProblemDueInPast: 'موعد الولادة المتوقع في الماضي. يُرجى إدخال تاريخ الميلاد.',
  timelineProblemYears: 'يُرجى إدخال العمر رقمًا من 0 إلى 99.',
  timelineChildBorn: (years_, months, days, f) => {
    if (years_ >= 1) return `عمر طفلك ${years(years_, f)}`;
    if (months >= 1) {
      const n = f.number(months);
      return `عمر طفلك ${f.plural(months, { one: 'شهر واحد', two: 'شهران', few: `${n} أشهر`, many: `${n} شهرًا`, other: `${n} شهر` })}`;
    }
    if (days >= 7) {
      const weeks = Math.floor(days / 7);
      const n = f.number(weeks);
      return `عمر طفلك ${f.plural(weeks, { one: 'أسبوع واحد', two: 'أسبوعان', few: `${n} أسابيع`, many: `${n} أسبوعًا`, other: `${n} أسبوع` })}`;
    }
    if (days >= 1) {
      const n = f.number(days);
      return `عمر طفلك ${f.plural(days, { one: 'يوم واحد', two: 'يومان', few: `${n} أيام`, many: `${n} يومًا`, other: `${n} يوم` })}`;
    }
    return 'وُلد طفلك اليوم';
  },
  timelineChildExpected: (days, weeks, f) => {
    if (days === 0) return 'من المتوقع أن يولد طفلك اليوم';
    if (days === 1) return 'من المتوقع أن يولد طفلك غدًا';
    if (days < 14) {
      const n = f.number(days);
      return `من المتوقع أن يولد طفلك بعد ${f.plural(days, { two: 'يومين', few: `${n} أيام`, many: `${n} يومًا`, other: `${n} يوم` })}`;
    }
    const n = f.number(weeks);
    return `من المتوقع أن يولد طفلك بعد ${f.plural(weeks, { one: 'أسبوع واحد', two: 'أسبوعين', few: `${n} أسابيع`, many: `${n} أسبوعًا`, other: `${n} أسبوع` })}`;
  },
  timelineChildYears: (years_, f) => {
    if (years_ < 0) return 'أنتم بانتظار مولود';
    if (years_ < 1) return 'عمر طفلك أقل من سنة';
    return `عمر طفلك ${years(years_, f)}`;
  },
  timelineNow: (child, current, next) => {
    if (current && next) return `${child}: ${current}. التالي: ${next}`;
    if (current) return `${child}: ${current}. هذه آخر مرحلة عمرية في هذه النظرة العامة.`;
    if (next) return `${child}. التالي: ${next}`;
    return `${child}. لا تعرض هذه النظرة العامة مرحلة عمرية لهذا العمر.`;
  },

  // <contact-card>
  contactLoading: 'جارٍ تحميل بيانات الاتصال …',
  contactNotFound: 'لم يُعثر على جهة الاتصال.',
  contactNotFoundHint: 'ربما تغيّرت البيانات.',
  contactNetworks: (count, f) => f.plural(count, { one: 'الشبكة', two: 'الشبكتان', other: 'الشبكات' }),
  contactPhone: 'الهاتف',
  contactEmail: 'البريد الإلكتروني',
  contactWebsite: 'الموقع الإلكتروني',
  contactAddress: 'العنوان',
  contactMapLink: 'عرض على خريطة OpenStreetMap',
  contactHours: 'ساعات الاستقبال',
  contactSpeaks: 'لغات التواصل',
  contactLanguages: 'اللغات',
  contactWrite: 'كتابة بريد إلكتروني',
  contactSave: 'حفظ جهة الاتصال',
  contactSaveHint: 'كملف لدفتر العناوين (vCard)',
  contactCountry: 'ألمانيا',
  contactFileName: 'جهة اتصال',
  contactErrorConfig: 'لا يمكن عرض بيانات الاتصال هنا حاليًا.',
  contactSaveFailed: 'تعذّر حفظ جهة الاتصال. يُرجى التحقق من الاتصال بالإنترنت والمحاولة مرة أخرى.',
  contactErrorNetwork: 'تعذّر تحميل بيانات الاتصال. يُرجى التحقق من الاتصال بالإنترنت.',
  contactErrorTimeout: 'الخادم لا يستجيب حاليًا.',
  contactErrorHttp: (status) => `تعذّر تحميل بيانات الاتصال (خطأ ${status}).`,
  contactErrorBusy: busy,
  contactErrorData: 'بيانات الاتصال غير سليمة حاليًا. يُرجى المحاولة لاحقًا.',
  contactErrorTooLarge: 'بيانات الاتصال أكبر من أن تُعرض هنا.',
  contactRetry: 'إعادة المحاولة',
  contactShowingLastGood: (date) => `تُعرض بيانات الاتصال التي حُمّلت آخر مرة (بتاريخ ${date}).`,

  // <offer-finder>
  finderSkipToResults: 'الانتقال إلى النتائج',
  finderTimelineToggle: 'أدخل العمر، جميع المراحل العمرية',
  finderSearchHeading: 'البحث عن خدمات',
  finderContactsHeading: 'جهات الاتصال',
  finderContactsForOffer: (title) => `جهات الاتصال لخدمة «${title}»`,
  finderContactsForMilestone: (title) => `جهات الاتصال لمرحلة «${title}»`,

  // <offer-coverage>
  coverageLoading: 'جارٍ تحميل النظرة العامة …',
  coverageEmpty: 'لم تُدخل بعد أي مراحل عمرية لهذه النظرة العامة.',
  coverageViewLabel: 'طريقة العرض',
  coverageViewTopics: 'المواضيع حسب المرحلة العمرية',
  coverageViewDistricts: 'الأحياء حسب المرحلة العمرية',
  coverageAllDistricts: 'كل الأحياء',
  coverageCaption: (view, district) =>
    view === 'districts'
      ? 'الخدمات حسب الحي والمرحلة العمرية'
      : district
        ? `الخدمات حسب الموضوع والمرحلة العمرية في ${district}`
        : 'الخدمات حسب الموضوع والمرحلة العمرية في كل الأحياء',
  coverageTopicsNote: 'تُحسب الخدمة في كل موضوع وكل مرحلة عمرية تذكرها. فجوة: لا توجد خدمة. ضعيف: خدمة واحدة فقط.',
  coverageDistrictsNote:
    'تُحسب الخدمات في الحي والخدمات الموجّهة للمدينة كلها. فجوة: لا توجد خدمة في الحي نفسه. ضعيف: خدمة واحدة فقط.',
  coverageTotal: 'كل الخدمات',
  coverageGap: 'فجوة',
  coverageThin: 'ضعيف',
  coverageLocal: (count, f) => `${f.number(count)} في الحي`,
  coverageLocalColumn: (milestone) => `${milestone}: في الحي`,
  coverageCell: (row, column) => `${row} في «${column}»`,
  coverageGaps: (cells, f) =>
    cells.length
      ? `${f.plural(cells.length, { one: 'فجوة واحدة', two: 'فجوتان', few: `${f.number(cells.length)} فجوات`, many: `${f.number(cells.length)} فجوةً`, other: `${f.number(cells.length)} فجوة` })}: ${cells.join('، ')}.`
      : 'لا توجد فجوات.',
  coverageThinList: (cells, f) =>
    cells.length ? `حقول ضعيفة (${f.number(cells.length)}): ${cells.join('، ')}.` : 'لا يوجد حقل ضعيف.',
  coverageGapsHeading: (count, f) =>
    count
      ? `${f.plural(count, { one: 'فجوة واحدة', two: 'فجوتان', few: `${f.number(count)} فجوات`, many: `${f.number(count)} فجوةً`, other: `${f.number(count)} فجوة` })}:`
      : 'لا توجد فجوات.',
  coverageThinHeading: (count, f) => (count ? `حقول ضعيفة (${f.number(count)}):` : 'لا يوجد حقل ضعيف.'),
  coverageWithCitywide: (count, f) => `${f.number(count)} مع خدمات المدينة كلها`,
  coverageWithoutTopic: (count, f) => `عدد الخدمات بلا موضوع: ${f.number(count)}؛ لا تُحسب في أي صف.`,
  coverageOffersHeading: (cell, count, f) => `${cell}: ${services(count, f)}`,
  coverageClose: 'إغلاق القائمة',
  coverageDownload: 'تنزيل الجدول بصيغة CSV',
  coverageFileName: 'تغطية-الخدمات',

  // ساعات العمل، تاريخ الإدخال، الإبلاغ عن خطأ
  openNow: (until) => `مفتوح الآن، حتى ${until}`,
  closedNow: (next) => `مغلق الآن، يفتح ${next}`,
  closedForNow: 'مغلق حاليًا',
  today: 'اليوم',
  tomorrow: 'غدًا',
  dayAndTime: (day, time) => `${day} ${time}`,
  openingHours: 'ساعات العمل',
  openTodayOnly: 'مفتوح اليوم',
  openingPeriod: (days, opens, closes) => `${days} ${opens}–${closes}`,
  openingValidFrom: (date) => `من ${date}`,
  openingValidThrough: (date) => `حتى ${date}`,
  updatedOn: (month) => `آخر تحقق: ${month}`,
  updatedLongAgo: (month, months, f) =>
    `آخر تحقق: ${month}. لم يتم التحقق منذ أكثر من ${f.plural(months, { one: 'شهر', two: 'شهرين', few: `${f.number(months)} أشهر`, other: `${f.number(months)} شهرًا` })} – يرجى السؤال إن كان لا يزال ساريًا.`,
  reportError: 'الإبلاغ عن خطأ',
  reportSubject: (title, id) => `خطأ في الإدخال «${title}» (${id})`,
  reportBody: (title, id, link) => `مرحبًا،\n\nهناك خطأ في الإدخال «${title}» (المعرّف ${id}):\n\n\n\nالإدخال: ${link}`,
};
