/**
 * Where the content management systems of Chinese portals put an article's body, tried in this
 * order by `<article-view from>` (no value) and `importArticle` before the generic places
 * (`[itemprop=articleBody]`, a single `<article>`, `<main>`) and last Mozilla Readability.
 *
 * Each row was taken from public scrapers of the sites those CMSs run, so it is what real pages
 * carry, not a guess; `source` names one repository and file where the selector is read. CSS
 * ids and classes are case-sensitive in standards mode, so both spellings are listed where real
 * templates use both.
 */
export interface CmsContainer {
  /** CSS selector of the element that holds the article's body. */
  selector: string;
  /** The CMS (or family of templates) that writes it. */
  cms: string;
  /** A public repository and file where the selector is used on real pages. */
  source: string;
}

export const CMS_CONTAINERS: readonly CmsContainer[] = [
  {
    selector: '#zoom',
    cms: 'Hanweb (大汉版通 JCMS) and the gov.cn templates modelled on it',
    source: 'Kira-yoshikage-d/spider-gov article_crawler/article_crawler/spiders/a许昌.py; gerry0208/spider_project 河北政府网站/3人民政府-政府信息公开/szfwj.py',
  },
  {
    selector: '.TRS_Editor',
    cms: 'TRS WCM (拓尔思), its classic editor',
    source: 'dongrunhua/simhash limpid_tools/custom_constant.py; Kira-yoshikage-d/spider-gov article_crawler/article_crawler/spiders/a吕梁.py',
  },
  {
    selector: '.TRS_UEDITOR',
    cms: 'TRS WCM with UEditor (www.gov.cn policy pages)',
    source: 'DIYgod/RSSHub lib/routes/gov/zhengce/index.ts; Kira-yoshikage-d/spider-gov article_crawler/article_crawler/spiders/a吕梁.py',
  },
  {
    selector: '#UCAP-CONTENT',
    cms: 'Ucap (开普云) government CMS, www.gov.cn documents',
    source: 'DIYgod/RSSHub lib/routes/gov/zhengce/wenjian.ts; DIYgod/RSSHub lib/routes/gov/zhengce/index.ts',
  },
  {
    selector: '#contentText',
    cms: 'gov.cn-hosted municipal templates',
    source: 'Kira-yoshikage-d/spider-gov article_crawler/article_crawler/spiders/a吕梁.py',
  },
  {
    selector: '.xxgk_detail_content',
    cms: '信息公开 (government information disclosure) detail pages',
    source: 'tbghg/PolicySearchEngine service/scienceAndTechnology/content/xxgk.go',
  },
];

/** The generic places tried after the CMS containers, in order (a single `article` only counts when it is alone). */
export const GENERIC_CONTAINERS = ['[itemprop=articleBody]', 'article', 'main'] as const;
