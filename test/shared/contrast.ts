import { contrastRatio, type Rgb } from '../../src/shared/contrast.js';

const channels = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number) as unknown as Rgb;

/** WCAG contrast ratio of two computed `rgb()` colors. */
export function contrast(foreground: string, background: string): number {
  return contrastRatio(channels(foreground), channels(background));
}
