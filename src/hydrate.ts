/**
 * portal-reader/hydrate.js: registers every element, like `portal-reader`, on a page rendered by
 * `portal-reader/ssr`: each `<article-view>` takes over its server-rendered HTML (Lit hydration)
 * instead of rendering it again. Import it instead of `portal-reader`, before anything else that
 * loads Lit; import classes and types from `portal-reader` as usual.
 *
 * Side effects only: re-exports here would let the bundler load Lit's element class before the
 * hydration hook that it looks for, once, as it loads.
 */
import './shared/host-guard.js';
import './shared/hydration-hook.js';

// The elements load after the hook, whatever the app's bundler makes of the imports: one that
// splits code hoists a module shared with a lazily loaded part (Lit, which the reading aids use
// too) into a chunk of its own that runs before this one, so a static import would let Lit's
// element class load before the hook. Elements are defined a module load later; use
// `customElements.whenDefined()` rather than a check straight after the import.
void import('./index.js');

