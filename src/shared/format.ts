const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An ISO 8601 date or date-time in the reader's locale. A date without a time names a calendar
 * day, so it is formatted in UTC: `2020-10-17` stays the 17th in every time zone.
 */
export function formatDate(iso: string, locale: string): string {
  const dateOnly = DATE_ONLY.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso.replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, dateOnly).format(date);
}

// Making a formatter costs far more than using one: a list of 1,000 dated items made 1,000.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${dateOnly}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, dateOnly
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format;
}
