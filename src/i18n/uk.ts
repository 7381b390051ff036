/**
 * Ukrainian UI strings (українська). One object with every key of the German
 * source (../de.ts and strings/*.ts, where the keys are explained); loaded on
 * demand by registry.ts.
 *
 * REVIEW BEFORE RELEASE: written by a developer, not yet checked by a native
 * speaker. A Ukrainian-speaking colleague of the city (e.g. from the
 * Integrationsrat or the Familienbüro) should read it in the running widget.
 *
 * An "Angebot" is a `послуга` (service), a "Lebensphase" an `етап життя`.
 * Counted nouns take the CLDR forms of `Intl.PluralRules('uk')`: one
 * (1, 21, 31 …: `21 послуга`), few (2–4, 22–24 …: `2 послуги`), many
 * (0, 5–20, 25 …: `5 послуг`) and other (fractions: `1,5 року`). Names from
 * the catalog stand in quotes or after a colon, where they need no case ending.
 */
import type { Translation } from './de.js';
import type { Formatters } from './formatters.js';

/** Builds `count` with the form for its plural category: `{ one, few, many, other }` are the word after the number. */
const counted =
  (one: string, few: string, many: string, other: string) =>
  (count: number, f: Formatters): string => {
    const n = f.number(count);
    return f.plural(count, { one: `${n} ${one}`, few: `${n} ${few}`, many: `${n} ${many}`, other: `${n} ${other}` });
  };

const services = counted('послуга', 'послуги', 'послуг', 'послуги');
/** Nominative: `Вашій дитині 4 роки`. */
const years = counted('рік', 'роки', 'років', 'року');
/** Genitive, after `до`, `від`, `молодше`: `до 3 років`, `до 1 року`. */
const yearsGenitive = counted('року', 'років', 'років', 'року');
/** Accusative, after `через`: `через 1 секунду`. */
const seconds = counted('секунду', 'секунди', 'секунд', 'секунди');
const months = counted('місяць', 'місяці', 'місяців', 'місяця');
const weeks = counted('тиждень', 'тижні', 'тижнів', 'тижня');
const days = counted('день', 'дні', 'днів', 'дня');

const busy = (count: number, f: Formatters) =>
  `Зараз надходить дуже багато запитів. Спробуйте, будь ласка, ще раз через ${seconds(count, f)}.`;

export const uk: Translation = {
  // Everywhere
  languagePlainGerman: 'Спрощена німецька',

  // <offer-search>
  searchLabel: 'Пошук послуг',
  searchHint: 'Ключове слово, наприклад акушерка, дитячий садок або консультація',
  filters: 'Фільтри',
  activeFilterCount: (count, f) => `активних: ${f.number(count)}`,
  showResults: (count, f) => `Показати результати (${f.number(count)})`,
  facetMilestone: 'Етап життя',
  facetTopic: 'Тема',
  facetDistrict: 'Район',
  facetAge: 'Вік дитини',
  facetCost: 'Вартість',
  facetLanguage: 'Мова',
  facetAccessibility: 'Доступність',
  ageAny: 'Будь-який вік',
  ageExpecting: 'Ми чекаємо на дитину',
  ageYears: (age, f) => (age === 0 ? 'до 1 року' : years(age, f)),
  freeOnly: 'Лише безкоштовні послуги',
  wheelchairOnly: 'Лише послуги, доступні для крісел колісних',
  activeFilters: 'Активні фільтри',
  removeFilter: (label) => `Прибрати фільтр: ${label}`,
  resetFilters: 'Скинути всі фільтри',
  loading: 'Завантаження послуг …',
  resultCount: services,
  noResults: 'Послуг не знайдено.',
  noResultsHint: 'Спробуйте інше ключове слово або приберіть фільтри.',
  catalogEmpty: 'Тут ще не внесено жодної пропозиції.',
  partialResults: (words) =>
    `Жодна послуга не відповідає всім словам (${words}). Послуги, що відповідають деяким із них:`,
  alsoSearched: 'також шукали',
  resultsHeading: 'Результати',
  page: (page, pages, f) => `Сторінка ${f.number(page)} з ${f.number(pages)}`,
  previousPage: 'Попередня сторінка',
  nextPage: 'Наступна сторінка',
  pagination: 'Сторінки результатів',
  errorConfig: 'Наразі послуги не можна тут показати.',
  errorNetwork: 'Не вдалося завантажити послуги. Перевірте, будь ласка, підключення до інтернету.',
  errorTimeout: 'Сервер зараз не відповідає.',
  errorHttp: (status) => `Не вдалося завантажити послуги (помилка ${status}).`,
  errorBusy: busy,
  errorData: 'Дані про послуги зараз пошкоджені. Спробуйте, будь ласка, пізніше.',
  errorTooLarge: 'Дані про послуги завеликі, щоб показати їх тут.',
  retry: 'Спробувати ще раз',
  catalogsMissing: (places) => `Послуги з ${places} зараз не вдається завантажити. Усі інші послуги показано тут.`,
  showingLastGood: (date) => `Показано послуги, завантажені востаннє (станом на ${date}).`,
  wholeCity: 'Усе місто',
  costFree: 'безкоштовно',
  costReduced: 'невелика плата',
  costPaid: 'платно',
  wheelchairYes: 'доступно для крісел колісних',
  wheelchairNo: 'недоступно для крісел колісних',
  offeredBy: 'Надавач послуги',
  milestones: 'Етап життя',
  district: 'Район',
  cost: 'Вартість',
  languages: 'Мови',
  accessibility: 'Доступність',
  details: 'Докладніше',
  schedule: 'Час',
  address: 'Адреса',
  mapLink: 'Показати на OpenStreetMap',
  website: 'Вебсайт',
  contacts: 'Контактні особи',
  phone: 'Телефон',
  call: 'Зателефонувати',
  email: 'Електронна пошта',
  hours: 'Години прийому',
  spokenLanguages: 'Мови спілкування',
  allOffers: 'Переглянути всі послуги міста',
  save: 'Зберегти',
  saved: 'Збережено',
  savedList: 'Мій список',
  savedAdded: 'Додано до списку',
  savedRemoved: 'Вилучено зі списку',
  savedEmpty: 'Ваш список порожній. Натисніть «Зберегти» біля послуги, щоб додати її до цього списку.',
  savedForPage: 'Список діє, лише поки ця сторінка відкрита. Він ніде не зберігається.',
  savedOnDevice: 'Список зберігається лише на цьому пристрої. Він нікуди не надсилається.',
  clearList: 'Очистити список',
  savedCleared: 'Список тепер порожній.',
  undoClear: 'Скасувати',
  backToResults: 'Назад до результатів',
  linkList: 'Послуги з посилання',
  linkListHint: 'Цими послугами поділилися через посилання. Кнопкою «Зберегти» їх можна додати до свого списку.',
  saveAll: 'Зберегти всі',
  savedAll: 'Усі послуги з цього посилання є у вашому списку.',
  print: 'Друкувати',
  mail: 'Надіслати електронною поштою',
  shareLink: 'Поділитися посиланням',
  shareSearch: 'Поділитися посиланням на цей пошук',
  shareSearchShort: 'Поділитися',
  linkCopied: 'Посилання скопійовано',
  linkToCopy: 'Посилання для копіювання',
  linkCopyHint: 'Посилання виділено в полі. Скопіюйте його, будь ласка.',
  dataDate: 'Дані станом на',
  viewLink: 'Посилання на цей перегляд',
  mailShortened: 'Не всі послуги вміщуються в цей лист.',
  wholeList: 'Увесь список',

  // «Поруч зі мною» і мапа.
  nearMe: 'Поруч зі мною',
  nearMeHint:
    'Сортує пропозиції за відстанню. Ваше місцезнаходження залишається на цьому пристрої: його не надсилають і не зберігають.',
  nearMeLocate: 'Використати моє місцезнаходження',
  nearMePlace: 'Або виберіть місце',
  nearMeNoPlace: 'Місце не вибрано',
  nearMeDistricts: 'Райони',
  nearMeAddresses: 'Адреси',
  nearMeDevice: 'вашого місцезнаходження',
  nearMeLocating: 'Визначаємо ваше місцезнаходження …',
  nearMeDenied: 'Доступ до місцезнаходження не надано. Ви можете натомість вибрати місце.',
  nearMeUnavailable: 'Ваше місцезнаходження зараз недоступне. Ви можете натомість вибрати місце.',
  nearMeSorted: (place) => `Відсортовано за відстанню від: ${place}`,
  nearMeOff: 'Скасувати сортування',
  nearMeDistance: 'Відстань',
  nearMeKilometres: (km, f) => `${f.number(km)} км`,
  nearMeMapShow: 'Показати мапу',
  nearMeMapHide: 'Сховати мапу',
  nearMeMapLabel: 'Мапа пропозицій на цій сторінці',
  nearMeMapZoomIn: 'Збільшити',
  nearMeMapZoomOut: 'Зменшити',
  nearMeFailed: 'Зараз це не вдається завантажити. Спробуйте ще раз.',

  // <milestone-timeline>
  timelineListLabel: 'Етапи життя',
  timelineLoading: 'Завантаження етапів життя та послуг …',
  timelineEmpty: 'Для цього огляду ще не внесено жодного етапу життя.',
  timelineOfferCount: services,
  timelineGap: 'Послуг поки немає',
  timelineDistrictNote: (districts) =>
    `Враховано послуги у вибраних районах (${districts}) та послуги для всього міста.`,
  timelineAgeRange: (range, f) => {
    switch (range.kind) {
      case 'any':
        return 'Будь-який вік';
      case 'pregnancy':
        return 'Вагітність';
      case 'from-pregnancy':
        return 'Від вагітності';
      case 'pregnancy-to':
        return `Від вагітності до ${yearsGenitive(range.to, f)}`;
      case 'under':
        return `молодше ${yearsGenitive(range.to, f)}`;
      case 'up-to':
        return `до ${yearsGenitive(range.to, f)}`;
      case 'between':
        return `${f.number(range.from)}–${years(range.to, f)}`;
      case 'exactly':
        return years(range.age, f);
      case 'from':
        return `від ${yearsGenitive(range.from, f)}`;
    }
  },
  timelineNowBadge: 'Зараз',
  timelineNextBadge: 'Далі',
  timelineTransition: (count, f) => `Перехід: ${services(count, f)}`,
  timelineTransitionGap: 'Перехід: послуг поки немає',
  timelineTransitionBetween: (from, to) => `від «${from}» до «${to}»`,
  timelineOffersHeading: (milestone, count, f) => `${milestone}: ${services(count, f)}`,
  timelineNowTitle: 'Де ми зараз?',
  timelineNowHint: 'Ваші дані залишаються на цьому пристрої: вони не зберігаються й не надсилаються.',
  timelineNowKind: 'Що ви хочете вказати?',
  timelineKindBirth: 'Дата народження',
  timelineKindDue: 'Очікувана дата пологів',
  timelineKindYears: 'Вік у роках',
  timelineNowSubmit: 'Показати етап життя',
  timelineNowSubmitOffers: 'Показати послуги',
  timelineNowClear: 'Видалити дані',
  timelineProblemMissing: 'Будь ласка, введіть дату.',
  timelineProblemInvalid: 'Будь ласка, введіть правильну дату, наприклад 14.03.2022.',
  timelineProblemBirthInFuture:
    'Дата народження в майбутньому. Якщо ваша дитина ще не народилася, виберіть «Очікувана дата пологів».',
  timelineProblemDueInPast: 'Очікувана дата пологів уже минула. Будь ласка, введіть дату народження.',
  timelineProblemYears: 'Будь ласка, введіть вік числом від 0 до 99.',
  timelineChildBorn: (years_, months_, days_, f) => {
    if (years_ >= 1) return `Вашій дитині ${years(years_, f)}`;
    if (months_ >= 1) return `Вашій дитині ${months(months_, f)}`;
    if (days_ >= 7) return `Вашій дитині ${weeks(Math.floor(days_ / 7), f)}`;
    if (days_ >= 1) return `Вашій дитині ${days(days_, f)}`;
    return 'Ваша дитина народилася сьогодні';
  },
  timelineChildExpected: (days_, weeks_, f) => {
    if (days_ === 0) return 'Ваша дитина має народитися сьогодні';
    if (days_ === 1) return 'Ваша дитина має народитися завтра';
    if (days_ < 14) return `Ваша дитина має народитися через ${days(days_, f)}`;
    return `Ваша дитина має народитися через ${weeks(weeks_, f)}`;
  },
  timelineChildYears: (years_, f) => {
    if (years_ < 0) return 'Ви чекаєте на дитину';
    if (years_ < 1) return 'Вашій дитині менше 1 року';
    return `Вашій дитині ${years(years_, f)}`;
  },
  timelineNow: (child, current, next) => {
    if (current && next) return `${child}: ${current}. Далі: ${next}`;
    if (current) return `${child}: ${current}. Це останній етап життя в цьому огляді.`;
    if (next) return `${child}. Далі: ${next}`;
    return `${child}. Для цього віку цей огляд не показує жодного етапу життя.`;
  },

  // <contact-card>
  contactLoading: 'Завантаження контакту …',
  contactNotFound: 'Контакт не знайдено.',
  contactNotFoundHint: 'Можливо, дані змінилися.',
  // A label without a number: singular for exactly one network (CLDR's `one` would also take 21).
  contactNetworks: (count) => (count === 1 ? 'Мережа' : 'Мережі'),
  contactPhone: 'Телефон',
  contactEmail: 'Електронна пошта',
  contactWebsite: 'Вебсайт',
  contactAddress: 'Адреса',
  contactMapLink: 'Показати на OpenStreetMap',
  contactHours: 'Години прийому',
  contactSpeaks: 'Мови спілкування',
  contactLanguages: 'Мови',
  contactWrite: 'Написати листа',
  contactSave: 'Зберегти контакт',
  contactSaveHint: 'як файл для вашої адресної книги (vCard)',
  contactCountry: 'Німеччина',
  contactFileName: 'Контакт',
  contactErrorConfig: 'Наразі контактні дані не можна тут показати.',
  contactSaveFailed:
    'Не вдалося зберегти контакт. Перевірте, будь ласка, підключення до інтернету та спробуйте ще раз.',
  contactErrorNetwork: 'Не вдалося завантажити контактні дані. Перевірте, будь ласка, підключення до інтернету.',
  contactErrorTimeout: 'Сервер зараз не відповідає.',
  contactErrorHttp: (status) => `Не вдалося завантажити контактні дані (помилка ${status}).`,
  contactErrorBusy: busy,
  contactErrorData: 'Контактні дані зараз пошкоджені. Спробуйте, будь ласка, пізніше.',
  contactErrorTooLarge: 'Контактні дані завеликі, щоб показати їх тут.',
  contactRetry: 'Спробувати ще раз',
  contactShowingLastGood: (date) => `Показано контактні дані, завантажені востаннє (станом на ${date}).`,

  // <offer-finder>
  finderSkipToResults: 'До результатів',
  finderTimelineToggle: 'Вказати вік, усі етапи життя',
  finderSearchHeading: 'Пошук послуг',
  finderContactsHeading: 'Контактні особи',
  finderContactsForOffer: (title) => `Контактні особи для послуги «${title}»`,
  finderContactsForMilestone: (title) => `Контактні особи для етапу життя «${title}»`,

  // <offer-coverage>
  coverageLoading: 'Огляд завантажується …',
  coverageEmpty: 'Для цього огляду ще не внесено жодного етапу життя.',
  coverageViewLabel: 'Вигляд',
  coverageViewTopics: 'Теми за етапами життя',
  coverageViewDistricts: 'Райони за етапами життя',
  coverageAllDistricts: 'Усі райони',
  coverageCaption: (view, district) =>
    view === 'districts'
      ? 'Послуги за районом і етапом життя'
      : district
        ? `Послуги за темою і етапом життя: ${district}`
        : 'Послуги за темою і етапом життя в усіх районах',
  coverageTopicsNote:
    'Послуга враховується в кожній темі та кожному етапі життя, які вона називає. Прогалина: жодної послуги. Мало: лише одна послуга.',
  coverageDistrictsNote:
    'Враховано послуги в районі та послуги для всього міста. Прогалина: жодної послуги в самому районі. Мало: лише одна.',
  coverageTotal: 'Усі послуги',
  coverageGap: 'прогалина',
  coverageThin: 'мало',
  coverageLocal: (count, f) => `у районі: ${f.number(count)}`,
  coverageLocalColumn: (milestone) => `${milestone}: у районі`,
  coverageCell: (row, column) => `${row} в етапі «${column}»`,
  coverageGaps: (cells, f) =>
    cells.length
      ? `${counted('прогалина', 'прогалини', 'прогалин', 'прогалини')(cells.length, f)}: ${cells.join(', ')}.`
      : 'Прогалин немає.',
  coverageThinList: (cells, f) =>
    cells.length ? `Мало послуг (${f.number(cells.length)}): ${cells.join(', ')}.` : 'Немає полів, де мало послуг.',
  coverageGapsHeading: (count, f) =>
    count ? `${counted('прогалина', 'прогалини', 'прогалин', 'прогалини')(count, f)}:` : 'Прогалин немає.',
  coverageThinHeading: (count, f) => (count ? `Мало послуг (${f.number(count)}):` : 'Немає полів, де мало послуг.'),
  coverageWithCitywide: (count, f) => `разом із міськими: ${f.number(count)}`,
  coverageWithoutTopic: (count, f) => `Без теми: ${services(count, f)}; вони не враховані в жодному рядку.`,
  coverageOffersHeading: (cell, count, f) => `${cell}: ${services(count, f)}`,
  coverageClose: 'Закрити список',
  coverageDownload: 'Завантажити таблицю як CSV',
  coverageFileName: 'покриття-послуг',

  // Години роботи, дата запису, повідомлення про помилку
  openNow: (until) => `Зараз відчинено, до ${until}`,
  closedNow: (next) => `Зараз зачинено, відчиняється ${next}`,
  closedForNow: 'Наразі зачинено',
  today: 'сьогодні',
  tomorrow: 'завтра',
  dayAndTime: (day, time) => `${day} ${time}`,
  openingHours: 'Години роботи',
  openTodayOnly: 'Відчинено сьогодні',
  openingPeriod: (days, opens, closes) => `${days} ${opens}–${closes}`,
  openingValidFrom: (date) => `з ${date}`,
  openingValidThrough: (date) => `до ${date}`,
  updatedOn: (month) => `Станом на: ${month}`,
  updatedLongAgo: (month, months, f) =>
    `Станом на: ${month}. Не перевірялося понад ${f.plural(months, { one: `${f.number(months)} місяць`, few: `${f.number(months)} місяці`, many: `${f.number(months)} місяців`, other: `${f.number(months)} місяця` })} – будь ласка, уточніть, чи це ще актуально.`,
  reportError: 'Повідомити про помилку',
  reportSubject: (title, id) => `Помилка в записі «${title}» (${id})`,
  reportBody: (title, id, link) => `Добрий день,\n\nу записі «${title}» (ID ${id}) щось не так:\n\n\n\nЗапис: ${link}`,
};
