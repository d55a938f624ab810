import { PageReadError } from './errors.js';

/**
 * Mozilla Readability, loaded only when a page has none of the known containers: it is the
 * largest part of the page reader, and most portal pages never need it.
 */
export interface ReadabilityArticle {
  title?: string | null;
  content?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
}

type ReadabilityClass = new (doc: Document, options?: { charThreshold?: number }) => { parse(): ReadabilityArticle | null };

let loading: Promise<ReadabilityClass> | undefined;

export function loadReadability(): Promise<ReadabilityClass> {
  loading ??= import('@mozilla/readability').then(
    module => {
      // CommonJS: the class is a named export in Node and bundlers, or under `default`.
      const loaded = module as unknown as { Readability?: ReadabilityClass; default?: { Readability?: ReadabilityClass } };
      const Readability = loaded.Readability ?? loaded.default?.Readability;
      if (!Readability) throw new Error('@mozilla/readability has no Readability export');
      return Readability;
    },
    error => {
      // Offline, say: the next page tries again.
      loading = undefined;
      throw new PageReadError('readability', `could not be loaded (${error instanceof Error ? error.message : String(error)})`, 'reader-unavailable');
    },
  );
  return loading;
}
