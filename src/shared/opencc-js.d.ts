// opencc-js ships types for `opencc-js/core` and the presets, not for its per-locale tables.
declare module 'opencc-js/from/cn' {
  import type { DictGroup } from 'opencc-js/core';
  const dictionaries: readonly DictGroup[];
  export default dictionaries;
}

declare module 'opencc-js/to/tw' {
  import type { DictGroup } from 'opencc-js/core';
  const dictionaries: readonly DictGroup[];
  export default dictionaries;
}
