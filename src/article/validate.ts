/**
 * Field readers shared by the three input forms. Each one either returns a clean value or throws
 * an {@link ArticleError} that names the offending field, so bad input never reaches rendering.
 */

/** The one error that normalizing throws; `message` names the field, e.g. `body[3].text must be a string`. */
export class ArticleError extends Error {
  override name = 'ArticleError';
  /** Path of the offending field in the input, e.g. `body[3].text`. */
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`${field} ${problem}`);
    this.field = field;
  }
}

/** Longest title accepted; longer ones are a mistake or an attack, not a headline. */
export const MAX_TITLE_LENGTH = 2_000;
/** Longest text field, HTML fragment or item list accepted. */
export const MAX_TEXT_LENGTH = 1_000_000;
/** Most entries in a list field (tags, attachments, list items, popular items). */
export const MAX_ITEMS = 10_000;
/** Most body blocks: room for very long articles (the benchmarks render 10,000 paragraphs). */
export const MAX_BLOCKS = 100_000;

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

export function optionalString(
  value: unknown,
  field: string,
  maxLength = MAX_TEXT_LENGTH,
): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') throw new ArticleError(field, 'must be a string');
  if (value.length > maxLength) {
    throw new ArticleError(field, `is too long (more than ${maxLength.toLocaleString('en')} characters)`);
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function requiredString(value: unknown, field: string, maxLength = MAX_TEXT_LENGTH): string {
  const text = optionalString(value, field, maxLength);
  if (text === undefined) throw new ArticleError(field, 'is required');
  return text;
}

export function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'boolean') throw new ArticleError(field, 'must be true or false');
  return value;
}

/** A whole number from `min` to `max`. */
export function optionalInteger(
  value: unknown,
  field: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ArticleError(field, `must be a whole number from ${min} to ${max}`);
  }
  // -0 is valid JSON, but would be shown as "-0 views".
  return value === 0 ? 0 : value;
}

export function optionalArray(value: unknown, field: string, maxItems = MAX_ITEMS): readonly unknown[] {
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) throw new ArticleError(field, 'must be an array');
  if (value.length > maxItems) throw new ArticleError(field, `has more than ${maxItems} entries`);
  // A dense copy: holes in a sparse array (`[, x]`) become `undefined`, which is then refused by
  // name, instead of being skipped by `map` and kept as holes.
  return Array.from(value);
}

export function requiredObject(value: unknown, field: string): JsonObject {
  if (!isObject(value)) throw new ArticleError(field, 'must be an object');
  return value;
}

export function stringList(value: unknown, field: string): string[] {
  return optionalArray(value, field).flatMap((item, i) => optionalString(item, `${field}[${i}]`) ?? []);
}

export function oneOf<T extends string>(
  value: unknown,
  field: string,
  allowed: readonly T[],
): T | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ArticleError(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time that `Date` understands. */
export function optionalDate(value: unknown, field: string): string | undefined {
  const text = optionalString(value, field, 64);
  if (text === undefined) return undefined;
  if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text.replace(' ', 'T')))) {
    throw new ArticleError(field, 'must be an ISO 8601 date such as 2020-10-17');
  }
  return text;
}

/** A BCP 47 language tag, returned in its canonical spelling (`zh-cn` becomes `zh-CN`). */
export function optionalLanguage(value: unknown, field: string): string | undefined {
  const text = optionalString(value, field, 64);
  if (text === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(text)[0];
  } catch {
    throw new ArticleError(field, 'must be a BCP 47 language tag such as en or zh-CN');
  }
}
