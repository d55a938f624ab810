import type { Article, BodyBlock } from './types.js';

/** Reading speeds: Chinese (and Japanese, Korean) by characters, other languages by words. */
export const CHARACTERS_PER_MINUTE = 275;
export const WORDS_PER_MINUTE = 225;

// Han, kana and hangul: read character by character; one such character is not a word.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

function blockText(block: BodyBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'quote':
      return `${block.text} ${block.cite ?? ''}`;
    case 'list':
      return block.items.join(' ');
    case 'image':
      return block.caption ?? '';
    case 'html':
      // Only counted, never shown: tags out, entities as one character each.
      return block.html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, 'x');
  }
}

/**
 * Whole minutes to read `article`'s body, at least 1: CJK characters at 275 a minute, words of
 * other scripts at 225, so a text mixing both is counted fairly.
 */
export function readingMinutes(article: Article): number {
  const text = article.body.map(blockText).join(' ');
  const characters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(characters / CHARACTERS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
