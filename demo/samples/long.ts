/**
 * A long, deterministic article for the workbench: it exercises scrolling, printing and
 * font-size changes on a body of hundreds of blocks. The text comes from a seeded PRNG, so
 * every call with the same paragraph count returns the same article.
 */

import type { Article, BodyBlock } from '../../src/article/types.js';

const WORDS: readonly string[] = [
  'river', 'city', 'bridge', 'market', 'street', 'harbour', 'people', 'morning',
  'evening', 'light', 'water', 'boat', 'garden', 'school', 'library', 'road',
  'train', 'station', 'window', 'house', 'family', 'friend', 'teacher', 'worker',
  'plan', 'project', 'year', 'season', 'rain', 'wind', 'hill', 'tree',
  'park', 'path', 'square', 'shop', 'tea', 'book', 'story', 'music',
  'quiet', 'busy', 'old', 'new', 'green', 'bright', 'small', 'large',
  'open', 'walk', 'build', 'carry', 'watch', 'share', 'follow', 'return',
  'along', 'under', 'near', 'across',
];

const SEED = 0x5eed2020;
const PARAGRAPHS_PER_SECTION = 20;

/** mulberry32: a tiny 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick(random: () => number): string {
  return WORDS[Math.floor(random() * WORDS.length)] ?? WORDS[0] ?? '';
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A paragraph of 40 to 90 words, in sentences of 6 to 14 words. */
function paragraph(random: () => number): string {
  const total = between(random, 40, 90);
  const sentences: string[] = [];
  let left = total;
  while (left > 0) {
    let length = Math.min(left, between(random, 6, 14));
    // Do not leave a stub sentence of fewer than 4 words at the end.
    if (left - length > 0 && left - length < 4) length = left;
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(pick(random));
    words[0] = capitalize(words[0] ?? '');
    sentences.push(`${words.join(' ')}.`);
    left -= length;
  }
  return sentences.join(' ');
}

function heading(random: () => number, section: number): string {
  return `Part ${section}: ${capitalize(pick(random))} and ${pick(random)}`;
}

/**
 * Returns a canonical article (SPEC.md, "Article JSON") with `paragraphs` paragraphs and a
 * level-2 heading before every 20 of them. Deterministic: the same count and `seed` always give
 * the same article (the benchmarks swap between articles of one size made from two seeds).
 */
export function longArticle(paragraphs = 400, seed = SEED): Article {
  const count = Number.isFinite(paragraphs) ? Math.max(0, Math.floor(paragraphs)) : 0;
  const random = mulberry32(seed);
  const body: BodyBlock[] = [];
  for (let i = 0; i < count; i++) {
    if (i % PARAGRAPHS_PER_SECTION === 0) {
      body.push({ type: 'heading', level: 2, text: heading(random, i / PARAGRAPHS_PER_SECTION + 1) });
    }
    body.push({ type: 'paragraph', text: paragraph(random) });
  }
  return {
    id: `long-article-${count}-${seed}`,
    title: `A very long article (${count} ${count === 1 ? 'paragraph' : 'paragraphs'})`,
    source: 'portal-reader demo',
    date: '2020-10-17',
    lang: 'en',
    body,
    attachments: [],
    tags: ['demo', 'long'],
  };
}
