/** The workbench's gallery: each sample is the JSON text the editor starts from. */
import seed from '../../test/fixtures/seed-article.json?raw';
import broken from './broken.txt?raw';
import images from './images.json?raw';
import { longArticle } from './long.js';
import noticeZh from './notice-zh.json?raw';
import rtl from './rtl.json?raw';

export interface Sample {
  id: string;
  label: string;
  json: string;
}

export const SAMPLES: Sample[] = [
  { id: 'seed', label: 'The original portal article', json: seed },
  { id: 'notice', label: 'Government document: register data, notice, attachments, related links (简体中文)', json: noticeZh },
  { id: 'images', label: 'Images with captions', json: images },
  { id: 'rtl', label: 'Right to left (العربية)', json: rtl },
  { id: 'long', label: 'Very long (400 paragraphs)', json: JSON.stringify(longArticle(400), null, 2) },
  { id: 'broken', label: 'Broken document (error state)', json: broken },
];

export function sampleById(id: string | null): Sample | undefined {
  return SAMPLES.find(sample => sample.id === id);
}

/** The popular list beside the preview: every sample that has a title, linking to itself. */
export function popularListJson(): string {
  const items = SAMPLES.flatMap(sample => {
    try {
      const { title } = JSON.parse(sample.json) as { title?: unknown };
      return typeof title === 'string' ? [{ title, url: `#${sample.id}` }] : [];
    } catch {
      return [];
    }
  });
  return JSON.stringify(items, null, 2);
}
