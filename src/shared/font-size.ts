/** The three text sizes of an article, as on the original portal page. */
export type FontSize = 'small' | 'medium' | 'large';

/** The levels in the order the original page shows them: Large, Medium, Small. */
export const FONT_SIZES: readonly FontSize[] = ['large', 'medium', 'small'];

export function isFontSize(value: unknown): value is FontSize {
  return FONT_SIZES.includes(value as FontSize);
}

/** Default size of each level relative to the surrounding text; Large is 1.3 × Medium for older readers. */
export const FONT_SIZE_EM: Record<FontSize, string> = { small: '0.875em', medium: '1em', large: '1.3em' };

/** The CSS value of a level: the designer's `--article-view-font-size-<level>`, else the default. */
export function fontSizeCss(level: FontSize): string {
  return `var(--article-view-font-size-${level}, ${FONT_SIZE_EM[level]})`;
}
