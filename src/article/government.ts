/**
 * The two optional fields of a government document (SPEC "Government documents"): `document`, its
 * register data (信息公开), and `related`, the links shown after the body. Strict like every
 * canonical field: a wrong type or an unknown `validity` or `kind` is an `ArticleError` naming it.
 */
import type { DocumentValidity, GovernmentDocument, RelatedKind, RelatedLink } from './types.js';
import { compact } from './body.js';
import { safeUrl } from './urls.js';
import {
  ArticleError,
  MAX_TITLE_LENGTH,
  isObject,
  oneOf,
  optionalArray,
  optionalDate,
  optionalString,
  requiredObject,
  requiredString,
} from './validate.js';

export const VALIDITIES: readonly DocumentValidity[] = ['valid', 'expired', 'repealed', 'amended'];
export const RELATED_KINDS: readonly RelatedKind[] = ['interpretation', 'original', 'related'];

/** `document`: an object of optional fields; one with none of them given is dropped. */
export function readDocument(value: unknown, field: string): GovernmentDocument | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new ArticleError(field, 'must be an object');
  const at = (name: string) => `${field}.${name}`;
  const document = compact<GovernmentDocument>({
    indexNumber: optionalString(value.indexNumber, at('indexNumber'), MAX_TITLE_LENGTH),
    issuer: optionalString(value.issuer, at('issuer'), MAX_TITLE_LENGTH),
    number: optionalString(value.number, at('number'), MAX_TITLE_LENGTH),
    written: optionalDate(value.written, at('written')),
    topic: optionalString(value.topic, at('topic'), MAX_TITLE_LENGTH),
    validity: oneOf(value.validity, at('validity'), VALIDITIES),
    validFrom: optionalDate(value.validFrom, at('validFrom')),
    validUntil: optionalDate(value.validUntil, at('validUntil')),
  });
  const { validFrom, validUntil } = document;
  if (validFrom && validUntil && Date.parse(validUntil.replace(' ', 'T')) < Date.parse(validFrom.replace(' ', 'T'))) {
    throw new ArticleError(at('validUntil'), 'must not be before validFrom');
  }
  return Object.keys(document).length > 0 ? document : undefined;
}

/**
 * `related`: links with a title and a kind (`related` when not given). A URL that is not safe for
 * a link is dropped and its title shown as text, as for attachments. None gives `undefined`.
 */
export function readRelated(value: unknown, field: string): RelatedLink[] | undefined {
  const links = optionalArray(value, field).map((item, i) => {
    const at = `${field}[${i}]`;
    const link = requiredObject(item, at);
    return compact<RelatedLink>({
      title: requiredString(link.title, `${at}.title`, MAX_TITLE_LENGTH),
      url: safeUrl(optionalString(link.url, `${at}.url`, 4_096), 'link'),
      kind: oneOf(link.kind, `${at}.kind`, RELATED_KINDS) ?? 'related',
    });
  });
  return links.length > 0 ? links : undefined;
}
