/**
 * The page the workbench previews, as markup a site builder pastes into any HTML page. The
 * preview frame is built from these same pieces, so the snippet shows exactly what the preview
 * shows (test/demo/workbench.node.mjs renders both and compares them).
 */
import type { FontSize } from '../src/shared/font-size.js';
import type { AidName } from '../src/reader-settings/reader-settings.component.js';

/** What reader-settings in the page starts with: elderly mode and the reading aids switched on. */
export type ReadingAid = 'elderly' | AidName;
export const READING_AIDS: readonly ReadingAid[] = ['elderly', 'pointToRead', 'captionBar', 'readingGuide', 'largeCursor'];
const AID_ATTRIBUTES: Record<ReadingAid, string> = {
  elderly: 'elderly',
  pointToRead: 'point-to-read',
  captionBar: 'caption-bar',
  readingGuide: 'reading-guide',
  largeCursor: 'large-cursor',
};

export type Locale = 'en' | 'zh-CN';

/** What the snippet depends on; the workbench keeps the rest of its state to itself. */
export interface EmbedOptions {
  /** URL of `dist/portal-reader.js` (the ES bundle). */
  scriptUrl: string;
  /** The article document as the designer wrote it (possibly broken: the element shows the error). */
  articleJson: string;
  /** The popular list's JSON document. */
  popularJson: string;
  locale: Locale;
  fontSize: FontSize;
  /** CSS custom properties the designer set, by name (`--article-view-color`). */
  theme: Record<string, string>;
  /** Elderly mode and the reading aids the page starts with (a reader's own choice, remembered, wins). */
  aids: readonly ReadingAid[];
}

/** The layout of the original portal page: "Most Popular" beside the article, one column on a phone. */
export const PAGE_CSS = `.portal-reader-page {
  display: grid;
  grid-template-columns: minmax(12em, 18em) minmax(0, 52em);
  justify-content: center;
  align-items: start;
  gap: 1.5em;
  padding: 1em;
}
@media (max-width: 48em) {
  .portal-reader-page { grid-template-columns: minmax(0, 1fr); }
  .portal-reader-page > popular-list { order: 1; }
}`;

/**
 * A theme value that is safe to place in a style sheet: no character that could end the
 * declaration, the rule or the `<style>` element. Anything else is left out.
 */
export function isSafeCssValue(value: string): boolean {
  return value.trim() !== '' && !/[;{}<>\\]/.test(value);
}

/** The theme as one CSS rule on the page wrapper, from which the elements inherit it. */
export function themeCss(theme: Record<string, string>): string {
  const declarations = Object.entries(theme)
    .filter(([name, value]) => /^--[a-z-]+$/.test(name) && isSafeCssValue(value))
    .map(([name, value]) => `  ${name}: ${value.trim()};`);
  return declarations.length ? `.portal-reader-page {\n${declarations.join('\n')}\n}` : '';
}

/** JSON text for an inline `<script type="application/json">`: `<` escaped, so nothing ends the script early. */
export function scriptJson(text: string): string {
  return text.replace(/</g, '\\u003c');
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The elements of the page, without the script tag and style sheet. */
export function pageMarkup({ articleJson, popularJson, locale, fontSize, aids }: EmbedOptions): string {
  const aidAttributes = READING_AIDS.filter(aid => aids.includes(aid)).map(aid => ` ${AID_ATTRIBUTES[aid]}`).join('');
  return `<div class="portal-reader-page" lang="${locale}">
  <popular-list for="article">
    <script type="application/json">${scriptJson(popularJson)}</script>
  </popular-list>
  <article-view id="article" font-size="${fontSize}">
    <font-size-toggle slot="meta"></font-size-toggle>
    <chinese-script-toggle slot="meta"></chinese-script-toggle>
    <reader-settings slot="meta"${aidAttributes}></reader-settings>
    <print-close-bar slot="footer"></print-close-bar>
    <script type="application/json">${scriptJson(articleJson)}</script>
  </article-view>
</div>`;
}

/** The whole snippet: script tag, style sheet (layout and theme), elements. */
export function embedCode(options: EmbedOptions): string {
  const css = [PAGE_CSS, themeCss(options.theme)].filter(Boolean).join('\n');
  return `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>
<style>
${css}
</style>
${pageMarkup(options)}
`;
}
