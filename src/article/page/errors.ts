import { ArticleError } from '../validate.js';

export type PageReadFailure = 'no-match' | 'bad-selector' | 'no-block' | 'no-title' | 'reader-unavailable';

/** Why a page gave no article; `reason` lets an element say it in its reader's language. */
export class PageReadError extends ArticleError {
  override name = 'PageReadError';

  constructor(
    field: string,
    problem: string,
    readonly reason: PageReadFailure,
    /** The `from` selector, for `no-match` and `bad-selector`. */
    readonly selector?: string,
  ) {
    super(field, problem);
  }
}
