import type { ReactiveController, ReactiveControllerHost } from 'lit';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

type DateKind = 'day' | 'wall' | 'instant';

/**
 * An ISO 8601 date or date-time in the reader's locale. A date without a time names a calendar
 * day, and a date-time without an offset (a page's "2020-10-17 14:36") is the wall time it says:
 * both are formatted in UTC, so `2020-10-17` stays the 17th and `2020-10-17T14:36` stays 14:36 in
 * every time zone, even at an hour the reader's zone skips for daylight saving. A date-time with
 * an offset is an instant, shown in the reader's zone.
 */
export function formatDate(iso: string, locale: string): string {
  if (!intlWarm) {
    startWarming();
    return iso.trim().replace('T', ' ');
  }
  const text = iso.trim().replace(' ', 'T');
  const kind: DateKind = DATE_ONLY.test(text) ? 'day' : WITH_OFFSET.test(text) ? 'instant' : 'wall';
  const date = new Date(kind === 'day' ? `${text}T00:00:00Z` : kind === 'wall' ? `${text}Z` : text);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, kind).format(date);
}

// The first Intl formatter of a page loads the engine's locale data: 30 to 60 ms on Chromium's main
// thread, more than all the rest of an article's first render. So dates are shown as the data
// gives them (2020-10-17) until the first paint, and in the reader's format a frame later. The data
// is loaded in the time after that paint (on a `src` page, while the article is on its way), not
// by the next render: that render may be the article's first one.
let intlWarm = typeof requestAnimationFrame !== 'function';
let warming: Promise<void> | undefined;

/** Makes the page language's formatters, which loads the locale data. */
function loadLocaleData(): void {
  const lang = globalThis.document?.documentElement.lang || 'en';
  try {
    dateFormat(lang, 'day').format(0);
    new Intl.NumberFormat(lang).format(0);
  } catch {
    // A malformed `lang`: each element formats in its own (checked) locale later.
  }
}

/**
 * Called by a render that shows a date or a count before Intl is used: the frame after that paint,
 * the locale data is loaded and `warming` settles, so the element re-renders them formatted.
 */
function startWarming(): void {
  warming ??= new Promise(resolve => {
    const warm = () => {
      if (intlWarm) return;
      loadLocaleData();
      intlWarm = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(warm));
    // A page that does not render (a hidden frame, a background tab) runs no animation frames.
    // Long enough that a slow machine's first frame, which may come 200 ms after the page's start,
    // comes first.
    setTimeout(warm, 1000);
  });
}

/**
 * Re-renders its host once dates can be formatted, if it rendered one before they could;
 * `pending` is for `updateComplete`. Only a render that showed a date or a count waits: the
 * locale data is loaded after the paint of what shows dates (the article, the list), not after a
 * "Loading…" message, when it would hold up the article that is on its way.
 */
export class DateFormatController implements ReactiveController {
  pending?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (intlWarm || !warming) return;
    this.pending ??= warming.then(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
  }
}

// Making a formatter costs far more than using one: a list of 1,000 dated items made 1,000.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, kind: DateKind): Intl.DateTimeFormat {
  const key = `${locale} ${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, kind === 'day'
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : kind === 'wall'
        ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }
        : { dateStyle: 'long', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count in the reader's locale (digits alone until Intl is ready, as for dates). */
export function formatNumber(value: number, locale: string): string {
  if (!intlWarm) {
    startWarming();
    return String(value);
  }
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
