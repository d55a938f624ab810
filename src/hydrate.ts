/**
 * portal-reader/hydrate.js: registers every element, like `portal-reader`, on a page rendered by
 * `portal-reader/ssr`: each `<article-view>` takes over its server-rendered HTML (Lit hydration)
 * instead of rendering it again. Import it instead of `portal-reader`, before anything else that
 * loads Lit; import classes and types from `portal-reader` as usual.
 *
 * Side-effect imports only: re-exports here would let the bundler load Lit's element class before
 * the hydration hook that it looks for, once, as it loads.
 */
import './shared/host-guard.js';
import './shared/hydration-hook.js';
import './index.js';
