/**
 * The sample portal pages of the workbench's "From a page" panel: the UTF-8 fixture pages the tests
 * read (test/fixtures/pages/, written after real CMS templates), each with the address it would
 * have, so its relative links and images resolve as on the portal.
 */
import hanweb from '../../../test/fixtures/pages/hanweb.html?raw';
import trs from '../../../test/fixtures/pages/trs.html?raw';
import xxgk from '../../../test/fixtures/pages/xxgk.html?raw';

export interface SamplePage {
  id: string;
  label: string;
  /** The page's address on its portal. */
  url: string;
  html: string;
}

export const SAMPLE_PAGES: SamplePage[] = [
  {
    id: 'hanweb',
    label: 'Hanweb (大汉) article page',
    url: 'https://www.wenzhou.gov.cn/art/2020/10/17/art_1217832_58917185.html',
    html: hanweb,
  },
  {
    id: 'trs',
    label: 'TRS WCM (拓尔思) notice with attachments',
    url: 'https://wzfgw.wenzhou.gov.cn/art/2020/6/12/art_1.html',
    html: trs,
  },
  {
    id: 'xxgk',
    label: 'gov.cn information disclosure (信息公开) document',
    url: 'https://www.gov.cn/zhengce/content/2020-10/17/content_5551234.htm',
    html: xxgk,
  },
];

export function samplePageById(id: string | null | undefined): SamplePage | undefined {
  return SAMPLE_PAGES.find(page => page.id === id);
}
