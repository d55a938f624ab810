import type { Attachment, BodyBlock, BodyBlockType, HeadingLevel, ImageBlock, ParagraphBlock } from './types.js';
import { safeUrl } from './urls.js';
import {
  ArticleError,
  MAX_BLOCKS,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  optionalArray,
  optionalBoolean,
  optionalInteger,
  optionalString,
  requiredObject,
  requiredString,
  stringList,
  type JsonObject,
} from './validate.js';

const BLOCK_TYPES: readonly BodyBlockType[] = ['heading', 'paragraph', 'image', 'list', 'quote', 'html'];
const MAX_IMAGE_SIDE = 100_000;

/** Drops keys whose value is `undefined`, so the canonical form carries only what was given. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Plain text to paragraphs: a blank line (possibly holding spaces) separates two paragraphs. */
export function textToParagraphs(text: string): ParagraphBlock[] {
  return text
    .split(/\r?\n[ \t\f\v]*\r?\n/)
    .map(paragraph => paragraph.trim())
    .filter(paragraph => paragraph !== '')
    .map(paragraph => ({ type: 'paragraph', text: paragraph }));
}

/** An HTML string as one `html` block; an empty string gives no block. */
export function htmlToBlocks(value: unknown, field: string): BodyBlock[] {
  const html = optionalString(value, field, MAX_TEXT_LENGTH);
  return html === undefined ? [] : [{ type: 'html', html }];
}

/**
 * An image block, or `undefined` when its URL is not one an image may use (the image is dropped,
 * the rest of the article stays).
 */
export function imageBlock(fields: { [key in 'src' | 'alt' | 'caption' | 'width' | 'height']?: unknown }, field: string): ImageBlock | undefined {
  const src = safeUrl(requiredString(fields.src, `${field}.src`), 'image');
  if (src === undefined) return undefined;
  return compact<ImageBlock>({
    type: 'image',
    src,
    alt: optionalString(fields.alt, `${field}.alt`) ?? '',
    caption: optionalString(fields.caption, `${field}.caption`),
    width: optionalInteger(fields.width, `${field}.width`, 1, MAX_IMAGE_SIDE),
    height: optionalInteger(fields.height, `${field}.height`, 1, MAX_IMAGE_SIDE),
  });
}

/** `text` must be a string; an empty one drops the block, as CMS exports are full of empty paragraphs. */
function blockText(block: JsonObject, field: string): string | undefined {
  if (typeof block.text !== 'string') throw new ArticleError(`${field}.text`, 'must be a string');
  return optionalString(block.text, `${field}.text`);
}

function readBlock(value: unknown, field: string): BodyBlock | undefined {
  const block = requiredObject(value, field);
  if (block.type === undefined) throw new ArticleError(`${field}.type`, 'is required');
  if (typeof block.type !== 'string' || !(BLOCK_TYPES as readonly string[]).includes(block.type)) {
    throw new ArticleError(`${field}.type`, `must be one of ${BLOCK_TYPES.join(', ')}`);
  }
  const type = block.type as BodyBlockType;
  switch (type) {
    case 'heading': {
      const text = blockText(block, field);
      // The title is the page's level-1 heading, so body headings start at 2.
      const level = Math.max(2, optionalInteger(block.level, `${field}.level`, 1, 6) ?? 2) as HeadingLevel;
      return text === undefined ? undefined : { type, text, level };
    }
    case 'paragraph': {
      const text = blockText(block, field);
      return text === undefined ? undefined : { type, text };
    }
    case 'quote': {
      const text = blockText(block, field);
      const cite = optionalString(block.cite, `${field}.cite`);
      return text === undefined ? undefined : compact({ type, text, cite });
    }
    case 'image':
      return imageBlock(block, field);
    case 'list': {
      if (!Array.isArray(block.items)) throw new ArticleError(`${field}.items`, 'must be an array');
      const items = stringList(block.items, `${field}.items`);
      const ordered = optionalBoolean(block.ordered, `${field}.ordered`) ?? false;
      return items.length === 0 ? undefined : { type, ordered, items };
    }
    case 'html':
      if (typeof block.html !== 'string') throw new ArticleError(`${field}.html`, 'must be a string');
      return htmlToBlocks(block.html, `${field}.html`)[0];
  }
}

/** The canonical `body`: an array of blocks, or one string of HTML. */
export function readBody(value: unknown, field: string): BodyBlock[] {
  if (typeof value === 'string') return htmlToBlocks(value, field);
  const blocks = optionalArray(value, field, MAX_BLOCKS).flatMap((block, i) => readBlock(block, `${field}[${i}]`) ?? []);
  // Headings never skip a level (the title is level 1), so screen-reader users can trust the outline.
  let previousLevel = 1;
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    block.level = Math.min(block.level, previousLevel + 1) as HeadingLevel;
    previousLevel = block.level;
  }
  return blocks;
}

export function readAttachments(value: unknown, field: string): Attachment[] {
  return optionalArray(value, field).map((item, i) => {
    const at = `${field}[${i}]`;
    const attachment = requiredObject(item, at);
    return compact({
      title: requiredString(attachment.title, `${at}.title`, MAX_TITLE_LENGTH),
      url: safeUrl(optionalString(attachment.url, `${at}.url`), 'link'),
      type: optionalString(attachment.type, `${at}.type`, 255),
      size: optionalInteger(attachment.size, `${at}.size`, 0),
    });
  });
}
