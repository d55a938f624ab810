import type { Article, ImportWarning } from './types.js';
import { readCanonical } from './canonical.js';
import { isForeignInput } from './input-form.js';

// The elements' reader. The canonical form is read at once; the lenient readers of JSON-LD and
// JSON Feed (types, value forms, entities: a quarter of the script-tag bundle) are their own chunk,
// loaded the first time such input arrives.

type ReadArticleInput = typeof import('./normalize.js').readArticleInput;

let readForeign: ReadArticleInput | undefined;
let loading: Promise<void> | undefined;

/** Loads the JSON-LD and JSON Feed readers when `input` needs them and they are not loaded yet. */
export function loadReadersFor(input: unknown): Promise<void> | undefined {
  if (readForeign || !isForeignInput(input)) return undefined;
  loading ??= import('./normalize.js').then(
    module => {
      readForeign = module.readArticleInput;
    },
    error => {
      // Offline, say: the next input tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** `readArticleInput`, for input whose readers `loadReadersFor` has loaded. */
export function readInput(input: unknown): { article: Article; warnings: ImportWarning[] } {
  if (!isForeignInput(input)) return { article: readCanonical(input), warnings: [] };
  if (!readForeign) throw new Error('the JSON-LD and JSON Feed readers are not loaded');
  return readForeign(input);
}
