/**
 * Reading other people's JSON (JSON-LD, JSON Feed) as it comes: an optional field that cannot be
 * used is dropped and listed as an {@link ImportWarning}, never fatal. The canonical form does not
 * use these readers; it stays strict.
 */
import type { BodyBlock, ImageBlock, ImportWarning } from './types.js';
import { compact, textToParagraphs } from './body.js';
import { hasBlockElements, hasMarkup, decodeEntities, toPlainText } from './entities.js';
import { isAbsoluteHttpUrl, safeUrl } from './urls.js';
import {
  ArticleError,
  MAX_BLOCKS,
  MAX_ITEMS,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  optionalDate,
  optionalLanguage,
} from './validate.js';

/** Most warnings kept for one document: a hostile one could otherwise make millions. */
const MAX_WARNINGS = 100;
const MAX_IMAGE_SIDE = 100_000;

/** Why a value could not be used; a reader returns it instead of throwing. */
export class Problem {
  constructor(readonly message: string) {}
}

/** The warnings of one document: each field and reason once, at most {@link MAX_WARNINGS}. */
export class Warnings {
  readonly list: ImportWarning[] = [];

  add(field: string, message: string): void {
    if (this.list.length >= MAX_WARNINGS) return;
    if (this.list.some(warning => warning.field === field && warning.message === message)) return;
    this.list.push({ field, message });
  }
}

/** A strict check from validate.ts, with its ArticleError turned into a {@link Problem}. */
function checked<T>(check: () => T): T | Problem {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    return new Problem(error.message.slice(error.field.length + 1));
  }
}

const tooLong = (maxLength: number) => new Problem(`is too long (more than ${maxLength.toLocaleString('en')} characters)`);

/** Plain text for a one-line field: markup removed, entities decoded, spaces collapsed. */
export function plainText(value: unknown, maxLength = MAX_TITLE_LENGTH): string | undefined | Problem {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return new Problem('must be a string');
  if (value.length > MAX_TEXT_LENGTH) return tooLong(maxLength);
  const text = toPlainText(value);
  if (text.length > maxLength) return tooLong(maxLength);
  return text === '' ? undefined : text;
}

export function isoDate(value: unknown): string | undefined | Problem {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return new Problem('must be an ISO 8601 date such as 2020-10-17');
  return checked(() => optionalDate(value, 'date'));
}

export function language(value: unknown): string | undefined | Problem {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return new Problem('must be a BCP 47 language tag such as en or zh-CN');
  return checked(() => optionalLanguage(value, 'lang'));
}

/** The article's own address: an absolute http(s) URL. */
export function canonicalUrl(value: unknown): string | undefined | Problem {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return new Problem('must be a URL');
  const url = value.trim();
  if (url === '') return undefined;
  if (url.length > 4_096) return tooLong(4_096);
  return isAbsoluteHttpUrl(url) ? url : new Problem('is not an absolute http(s) URL');
}

/** An image address that is safe to show, or the warning SPEC.md names. */
export function imageUrl(value: unknown): string | undefined | Problem {
  if (value === undefined || value === null) return undefined;
  const url = typeof value === 'string' && value.length <= 4_096 ? safeUrl(value, 'image') : undefined;
  return url ?? new Problem('no usable URL');
}

/** The first value that `read` can use, without a warning when none can. */
export function firstOf<T>(candidates: readonly unknown[], read: (value: unknown) => T | undefined | Problem): T | undefined {
  for (const candidate of candidates) {
    const value = read(candidate);
    if (value !== undefined && !(value instanceof Problem)) return value;
  }
  return undefined;
}

/** The first value that `read` can use. When none can, one warning (the first problem) is added. */
export function firstUsable<T>(
  candidates: readonly unknown[],
  read: (value: unknown) => T | undefined | Problem,
  field: string,
  warnings: Warnings,
): T | undefined {
  let problem: Problem | undefined;
  for (const candidate of candidates) {
    const value = read(candidate);
    if (value instanceof Problem) problem ??= value;
    else if (value !== undefined) return value;
  }
  if (problem) warnings.add(field, problem.message);
  return undefined;
}

/**
 * Names (of people or organizations) joined with commas, each once. `name` reads one entry;
 * an entry it cannot read is dropped with a warning naming it (`author[1]`).
 */
export function joinNames(
  entries: readonly unknown[],
  name: (entry: unknown) => string | undefined | Problem,
  field: string,
  warnings: Warnings,
  indexed: boolean,
): string | undefined {
  const names: string[] = [];
  entries.forEach((entry, i) => {
    const value = name(entry);
    if (value instanceof Problem) warnings.add(indexed ? `${field}[${i}]` : field, value.message);
    else if (value !== undefined && !names.includes(value)) names.push(value);
  });
  if (names.length === 0) return undefined;
  const joined = names.join(', ');
  if (joined.length <= MAX_TITLE_LENGTH) return joined;
  warnings.add(field, tooLong(MAX_TITLE_LENGTH).message);
  return undefined;
}

/** Tags from strings (split on commas or semicolons, as keyword lists are written) or from what `read` makes of an entry. */
export function tagList(
  entries: readonly unknown[],
  field: string,
  warnings: Warnings,
  read: (entry: unknown) => string | undefined | Problem = entry => plainText(entry, MAX_TEXT_LENGTH),
): string[] {
  const tags: string[] = [];
  entries.forEach((entry, i) => {
    // A number is a tag too (a year, "2023"); anything else is read by `read`.
    const text = typeof entry === 'number' && Number.isFinite(entry) ? String(entry) : entry;
    const parts = typeof text === 'string' ? text.split(/[,，、;；]/) : [text];
    for (const part of parts) {
      const tag = read(part);
      if (tag instanceof Problem) warnings.add(entries.length > 1 ? `${field}[${i}]` : field, tag.message);
      else if (tag !== undefined && !tags.includes(tag) && tags.length < MAX_ITEMS) tags.push(tag);
    }
  });
  return tags;
}

/**
 * A body given as one string that may be plain text, text with entities, or HTML. HTML becomes
 * one `html` block (sanitized when it is rendered); HTML without any block element has its blank
 * lines made paragraphs. Text becomes paragraphs, its entities decoded.
 */
export function bodyFromText(value: unknown, field: string, warnings: Warnings): BodyBlock[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'string') {
    warnings.add(field, 'must be a string');
    return [];
  }
  if (value.length > MAX_TEXT_LENGTH) {
    warnings.add(field, tooLong(MAX_TEXT_LENGTH).message);
    return [];
  }
  let html: string | undefined;
  if (hasMarkup(value)) html = value;
  const decoded = html === undefined ? decodeEntities(value) : value;
  // Markup escaped as text (`&lt;p&gt;`) is markup once decoded.
  if (html === undefined && decoded !== value && hasMarkup(decoded)) html = decoded;
  if (html !== undefined) {
    const wrapped = hasBlockElements(html)
      ? html.trim()
      : textToParagraphs(html).map(paragraph => `<p>${paragraph.text}</p>`).join('');
    return wrapped === '' || wrapped.length > MAX_TEXT_LENGTH ? [] : [{ type: 'html', html: wrapped }];
  }
  const paragraphs = textToParagraphs(decoded);
  if (paragraphs.length > MAX_BLOCKS) {
    warnings.add(field, `has more than ${MAX_BLOCKS.toLocaleString('en')} paragraphs; the rest is dropped`);
    return paragraphs.slice(0, MAX_BLOCKS);
  }
  return paragraphs;
}

/** A size in pixels as schema.org writes it: a number, a numeric string (`"800"`, `"800px"`). */
export function pixels(value: unknown): number | undefined | Problem {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number.parseInt(value, 10) : value;
  if (typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= MAX_IMAGE_SIDE) return number;
  return new Problem(`must be a whole number of pixels from 1 to ${MAX_IMAGE_SIDE}`);
}

/** An image block from checked parts. */
export function image(src: string, fields: { alt?: string; caption?: string; width?: number; height?: number }): ImageBlock {
  const { alt = '', caption, width, height } = fields;
  return compact<ImageBlock>({ type: 'image', src, alt, caption, width, height });
}
