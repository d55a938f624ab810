/**
 * Dates as portal pages write them, to the canonical ISO form. A date with an offset keeps its
 * instant (`2020-10-17T14:36:00+08:00`); one without (`PubDate` "2020-10-17 14:36", gov.cn's
 * "2020-10-17-14:36:00", "2020年10月17日") is the page's own wall time and stays zone-less
 * (`2020-10-17T14:36`), so it shows as that day and time wherever it is read.
 */
const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
const TIME = String.raw`(?:(?:\s+|T|-)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*[分秒]?)?`;
const ZONE = String.raw`\s*(Z|[+-]\d{2}:?\d{2})?`;

const WHOLE = new RegExp(`^${DATE}${TIME}${ZONE}$`, 'i');
const ANYWHERE = new RegExp(`${DATE}${TIME}`);

const pad = (value: string | number) => String(value).padStart(2, '0');

function build(match: RegExpMatchArray, zone?: string): string | undefined {
  const [, year, month, day, hour, minute, second] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const calendar = new Date(Date.UTC(y, m - 1, d));
  if (calendar.getUTCFullYear() !== y || calendar.getUTCMonth() !== m - 1 || calendar.getUTCDate() !== d) return undefined;
  const date = `${year}-${pad(m)}-${pad(d)}`;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || (second !== undefined && Number(second) > 59)) return undefined;
  const time = `${pad(hour)}:${pad(minute)}${second !== undefined ? `:${pad(second)}` : ''}`;
  const offset = zone === undefined ? '' : /^z$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return `${date}T${time}${offset}`;
}

/** A whole value (a meta tag's content, a JSON-LD date) as an ISO date or date-time; undefined when it is not one. */
export function readPageDate(value: string): string | undefined {
  const match = value.trim().match(WHOLE);
  return match ? build(match, match[7]) : undefined;
}

/** The first date in a text such as "2020年10月17日 发布" (a metadata table's cell), zone-less. */
export function findPageDate(text: string): string | undefined {
  const match = text.match(ANYWHERE);
  return match ? build(match) : undefined;
}
