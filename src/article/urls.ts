/** What a URL is used for; images alone may use `data:image/…`. */
export type UrlUse = 'link' | 'image' | 'fetch';

const ALLOWED_PROTOCOLS: Record<UrlUse, readonly string[]> = {
  link: ['http:', 'https:', 'mailto:'],
  image: ['http:', 'https:', 'data:'],
  fetch: ['http:', 'https:'],
};

// Relative URLs resolve against this, so they pass as https. It is never fetched.
const PLACEHOLDER_BASE = 'https://relative.invalid/';

/**
 * Returns the URL, trimmed, when it is safe for `use`: http(s), relative, `mailto:` for links,
 * `data:image/…` for images. Anything else (`javascript:`, `vbscript:`, `data:text/html`, a URL
 * that does not parse) gives `undefined`. The check parses like the browser does, so tricks such
 * as `java\tscript:` or leading control characters are seen through.
 */
export function safeUrl(value: unknown, use: UrlUse): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, PLACEHOLDER_BASE);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS[use].includes(parsed.protocol)) return undefined;
  if (parsed.protocol === 'data:' && !/^image\//i.test(parsed.pathname)) return undefined;
  return url;
}

/** True for an absolute http(s) URL, the only kind allowed for an article's canonical `url`. */
export function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && safeUrl(value, 'link') !== undefined;
}
