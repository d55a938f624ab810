/**
 * JSON-LD and JSON Feed as real sites write them (SPEC "Real-world input is read as it comes").
 * The fixtures in test/fixtures/real-world/ copy the shape of real documents, trimmed; each row
 * names its source. Every row asserts the whole canonical article and the exact warnings.
 */
import { expect } from '@open-wc/testing';
import { ArticleError, normalizeArticle, readArticleInput } from '../../src/article/index.js';
import type { Article, ImportWarning } from '../../src/article/index.js';

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../fixtures/real-world/${name}`, import.meta.url));
  return response.json();
}

function errorOf(input: unknown): ArticleError {
  try {
    normalizeArticle(input);
  } catch (error) {
    return error as ArticleError;
  }
  throw new Error('expected normalizeArticle to throw');
}

/** An article as the canonical form writes it: no attachments or tags unless given. */
const article = (fields: Partial<Article> & Pick<Article, 'title'>): Article => ({ body: [], attachments: [], tags: [], ...fields });

// Entities and tags a reader must never see in a text field.
const ENTITY = /&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/i;

/** Every plain-text value of an article (not its HTML blocks, which are sanitized and rendered as HTML). */
function texts(value: Article): string[] {
  const found = [value.title, value.subtitle, value.author, value.summary, value.publisher, value.source, ...value.tags];
  for (const block of value.body) {
    if (block.type === 'heading' || block.type === 'paragraph' || block.type === 'quote') found.push(block.text);
    if (block.type === 'image') found.push(block.alt, block.caption);
    if (block.type === 'list') found.push(...block.items);
  }
  if (value.document) found.push(...Object.values(value.document));
  return found.filter((text): text is string => typeof text === 'string');
}

interface FixtureRow {
  file: string;
  /** Where the shape comes from. */
  source: string;
  expected: Article;
  warnings: ImportWarning[];
}

const NYT_2024 = 'https://static01.nyt.com/images/2024/04/17/multimedia/17middle-east-ticktock-1-mfjw/17middle-east-ticktock-1-mfjw-videoSixteenByNineJumbo1600.jpg';
const NYT_2020 = 'https://static01.nyt.com/images/2020/10/19/us/politics/19campaign/19campaign-videoSixteenByNineJumbo1600.jpg';
const PERTHNOW = 'https://images.perthnow.com.au/publication/C-3376985/6c07502f73bdccd45d879356219c325574873a6d-16x9-x0y444w1151h647.jpg';
const BVOLTAIRE = 'https://www.bvoltaire.fr/jean-sevillia-letat-francais-et-letat-algerien-doivent-reconnaitre-les-crimes-commis-des-deux-cotes/';
const BRAZIL = 'urn:lex:br:federal:constituicao:1988-10-05;1988!art5_cpt_inc78,emc-45-2004-12-08@2004-12-08';

const fixtureRows: FixtureRow[] = [
  {
    file: 'nytimes-newsarticle.json',
    source: 'nytimes.com article page, 2024 (the NewsArticle script, images cut to two)',
    expected: article({
      title: 'Miscalculation Led to Escalation in Clash Between Israel and Iran',
      subtitle: 'How Israel Miscalculation Poked at a Hornet’s Nest',
      author: 'Ronen Bergman, Farnaz Fassihi, Eric Schmitt, Adam Entous, Richard Pérez-Peña',
      date: '2024-04-17T22:08:46.000Z',
      url: 'https://www.nytimes.com/2024/04/17/world/middleeast/iran-israel-attack.html',
      lang: 'en',
      summary: 'Israeli officials say they didn’t see a strike on a high-level Iranian target in Syria as a provocation, and did not give Washington a heads-up about it until right before it happened.',
      body: [{
        type: 'image', src: NYT_2024, alt: '', width: 1600, height: 900,
        caption: 'The Iranian Embassy complex in Damascus, Syria, a day after an airstrike by Israel.',
      }],
      publisher: 'The New York Times',
    }),
    warnings: [],
  },
  {
    file: 'nytimes-2020-three-scripts.json',
    source: 'nytimes.com article page, 2020: its three ld+json scripts as one array; publisher is an @id into the second',
    expected: article({
      title: 'Trump Team Unveils $55 Million Ad Blitz on a Day of Scattershot Attacks',
      author: 'Maggie Haberman, Shane Goldmacher, Michael Crowley',
      date: '2020-10-19T22:24:02.000Z',
      url: 'https://www.nytimes.com/2020/10/19/us/politics/trump-ads-biden-election.html',
      lang: 'en',
      summary: 'The president and his campaign competed again on Monday, with his slash-and-burn remarks swamping news coverage even as his advisers used conventional levers to try to lift his campaign.',
      body: [{
        type: 'image', src: NYT_2020, alt: '', width: 1600, height: 900,
        caption: 'In Arizona on Monday, President Trump aired grievances against people including former President Barack Obama and Michelle Obama; Joseph R. Biden Jr. and Hunter Biden; Dr. Anthony S. Fauci; and two female NBC News hosts.',
      }],
      publisher: 'The New York Times',
    }),
    warnings: [],
  },
  {
    file: 'bbc-pidgin-reportage.json',
    source: 'BBC News Pidgin article (bbc/simorgh SEO test data): ReportageNewsArticle, a news organization as author',
    expected: article({
      title: "Adams Oshiomhole say 'I still be APC National Chairman'",
      author: 'BBC News Pidgin',
      date: '2020-03-04T18:58:43.000Z',
      url: 'https://www.bbc.com/pidgin/tori-51745682',
      summary: 'Oga Oshiomhole don cari di mata go Court of Appeal.',
      body: [{ type: 'image', src: 'https://news.files.bbci.co.uk/ws/img/logos/og/pidgin.png', alt: '', width: 1024, height: 576 }],
      publisher: 'BBC News Pidgin',
    }),
    warnings: [],
  },
  {
    file: 'cbc-reportage-entities.json',
    source: 'cbc.ca radio story: ReportageNewsArticle whose headline holds &apos;',
    expected: article({
      title: "Why we should 'fight like hell' against Big AI",
      author: 'CBC',
      date: '2026-07-31T16:00:00.000Z',
      publisher: 'CBC',
    }),
    warnings: [],
  },
  {
    file: 'perthnow-entities.json',
    source: 'perthnow.com.au NewsArticle: articleBody full of &rsquo; and &ldquo;, keywords repeated (body cut to three sentences)',
    expected: article({
      title: 'Government defends graphic Covid-19 ad after backlash',
      author: 'NCA NewsWire',
      date: '2021-07-12T00:11:50.000Z',
      url: 'https://www.perthnow.com.au/news/government-defends-graphic-covid-19-ad-after-backlash-c-3376985',
      summary: 'A graphic COVID-19 ad showing a young woman apparently on the verge of death has prompted a backlash, but the government insists it wasn’t done lightly.',
      body: [
        { type: 'image', src: PERTHNOW, alt: '', width: 1151, height: 647 },
        {
          type: 'paragraph',
          text: 'The man tasked with co-ordinating Australia’s Covid-19 vaccine rollout insists a confronting ad depicting a woman on the verge of death was not run lightly. The government has been forced to defend the ad, reminiscent of the “Grim Reaper” HIV ads in the 1980s, after it prompted a backlash over claims it was too confronting. “It is absolutely confronting and we didn’t use it lightly,” he told Today on Monday.',
        },
      ],
      tags: ['News', 'Australia', 'Politics', 'Federal Politics', 'TAS News'],
      publisher: 'PerthNow',
    }),
    warnings: [],
  },
  {
    file: 'yoast-bvoltaire-graph.json',
    source: 'bvoltaire.fr, WordPress with Yoast SEO: @graph with @id references, numeric entities in the headline',
    expected: article({
      id: `${BVOLTAIRE}#article`,
      title: 'Jean Sévillia : “L’État français et l’État algérien doivent reconnaître les crimes commis des deux côtés”',
      author: 'Jean Sévillia',
      date: '2018-09-13T12:21:13+00:00',
      url: BVOLTAIRE,
      lang: 'fr-FR',
      tags: ["Guerre d'Algérie"],
    }),
    // As on the real page: the organization and the image are referred to but not in the graph.
    warnings: [
      { field: 'publisher', message: 'refers to a node (@id) that the document does not contain' },
      { field: 'image', message: 'no usable URL' },
    ],
  },
  {
    file: 'yoast-docs-graph.json',
    source: 'Yoast SEO schema documentation (developer.yoast.com): Article, WebPage, Person, ImageObject pieces by @id',
    expected: article({
      id: 'https://www.example.com/blog/example-article/#/schema/article/abc123',
      title: 'Example article headline',
      author: 'Example author',
      date: '2019-07-10T08:08:40+00:00',
      url: 'https://www.example.com/blog/example-article/',
      lang: 'en-US',
      summary: 'Example article description',
      body: [{
        type: 'image', src: 'https://www.example.com/uploads/example-image.jpg', alt: '', caption: 'Example caption', width: 1200, height: 675,
      }],
      tags: ['cats', 'dogs', 'cake'],
      publisher: 'Example organization name',
    }),
    warnings: [],
  },
  {
    file: 'techcrunch-liveblog.json',
    source: "schema.org's LiveBlogPosting example (techcrunch.com Apple event), as trafilatura's tests carry it",
    expected: article({
      id: 'http://techcrunch.com/2015/03/08/apple-watch-event-live-blog',
      title: 'Apple Spring Forward Event Live Blog',
      summary: 'Welcome to live coverage of the Apple Spring Forward …',
      body: [
        { type: 'heading', level: 2, text: 'Coming this April, HBO NOW will be available exclusively in the U.S. on Apple TV and the App Store.' },
        { type: 'html', html: "<p>It's $14.99 a month.<br> And for a limited time, …</p>" },
        { type: 'heading', level: 2, text: 'iPhone is growing at nearly twice the rate of the rest of the smartphone market.' },
      ],
    }),
    warnings: [],
  },
  {
    file: 'image-list.json',
    source: 'issue 12 finding: a news page whose image is {"@list": […]}',
    expected: article({
      title: 'City opens its first riverside greenway',
      author: 'Chen Jing',
      date: '2023-05-04T09:30:00+08:00',
      body: [
        { type: 'image', src: 'https://news.example.cn/2023/05/04/greenway-16x9.jpg', alt: '' },
        { type: 'paragraph', text: 'The 12-kilometre greenway links three parks along the river.' },
        { type: 'paragraph', text: 'It opens to walkers and cyclists on Saturday.' },
      ],
    }),
    warnings: [],
  },
  {
    file: 'social-media-posting.json',
    source: "trafilatura's JSON-LD tests: @type written socialmediaposting, the author as givenName, additionalName, familyName",
    expected: article({ title: "The Hitchhiker's Guide to the Galaxy", author: 'Douglas Noel Adams' }),
    warnings: [],
  },
  {
    file: 'discussion-forum-posting.json',
    source: 'a Discourse-style forum topic: DiscussionForumPosting with text and creator, no author',
    expected: article({
      id: 'https://forum.example.org/t/bus-route-42-changes/1234',
      title: 'Bus route 42 changes from 1 June',
      author: 'riverside_reader',
      date: '2024-05-20T08:15:00+00:00',
      url: 'https://forum.example.org/t/bus-route-42-changes/1234',
      body: [{ type: 'paragraph', text: 'Does anyone know whether the 42 still stops at the library… or only at the station?' }],
    }),
    warnings: [],
  },
  {
    file: 'articlebody-markup.json',
    source: 'issue 12 finding: articleBody holding <p class="FirstParagraph"> and named entities',
    expected: article({
      title: 'Council approves new library for the old harbour',
      author: 'Siobhán O\'Connor',
      date: '2022-11-08T07:00:00Z',
      summary: 'The library will open in 2025 — two years after the harbour works end.',
      body: [{
        type: 'html',
        html: '<p class="FirstParagraph">The council voted on Monday to build a library on the old harbour site &mdash; the first new library in the city since 1998.</p><p>Work starts in spring. &ldquo;It&rsquo;s a place for everyone,&rdquo; the mayor said.</p>',
      }],
    }),
    warnings: [],
  },
  {
    file: 'xinhua-title-markup.json',
    source: 'xinhuanet.com (Shandong channel) search data: a headline with <font> and &nbsp;, keywords with semicolons',
    expected: article({
      title: '建设新型智慧城市 专家献策助力数字临沂发展',
      date: '2019-08-06 11:05:46',
      url: 'http://www.sd.xinhuanet.com/sd/ly/2019-08/06/c_1124842473.htm',
      lang: 'zh-CN',
      summary: '在2019中国（临沂）数字经济应用大会上，围绕数字化城市的建设和发展，部分嘉宾代表进行了发言，部分院士、专家教授进行了主旨演讲。',
      tags: ['智慧', '数字经济', '城市治理', '助力', '专家教授'],
      publisher: '新华网山东频道',
    }),
    warnings: [],
  },
  {
    file: 'gov-legislation-zh.json',
    source: 'gov.cn State Council document 国发〔2020〕8号 as Legislation (shape of normas.leg.br and vbpl.vn Legislation JSON-LD)',
    expected: {
      ...article({
        id: 'https://www.gov.cn/zhengce/content/2020-08/04/content_5532370.htm#legislation',
        title: '国务院关于印发新时期促进集成电路产业和软件产业高质量发展若干政策的通知',
        date: '2020-08-04',
        url: 'https://www.gov.cn/zhengce/content/2020-08/04/content_5532370.htm',
        lang: 'zh-CN',
        body: [
          { type: 'paragraph', text: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：' },
          { type: 'paragraph', text: '现将《新时期促进集成电路产业和软件产业高质量发展的若干政策》印发给你们，请认真贯彻落实。' },
        ],
      }),
      document: {
        issuer: '国务院',
        number: '国发〔2020〕8号',
        written: '2020-07-27',
        topic: '工业、交通\\信息产业（含电信）',
        validity: 'valid',
      },
    },
    warnings: [],
  },
  {
    file: 'legislation-not-in-force.json',
    source: 'normas.leg.br (Brazil) Legislation: NotInForce, temporalCoverage as an interval in an array',
    expected: {
      ...article({
        id: `https://normas.leg.br/?urn=${BRAZIL}`,
        title: 'LXXVIII –',
        body: [{
          type: 'paragraph',
          text: 'a todos, no âmbito judicial e administrativo, são assegurados a razoável duração do processo e os meios que garantam a celeridade de sua tramitação.',
        }],
      }),
      document: { number: BRAZIL, written: '2004-12-08', validity: 'expired', validFrom: '2004-12-08', validUntil: '2022-02-09' },
    },
    warnings: [],
  },
  {
    file: 'jsonfeed-org-1.0.json',
    source: "jsonfeed.org's own feed (version 1): the author is the feed's, in 1.0's `author`",
    expected: article({
      id: 'https://jsonfeed.org/2017/05/17/announcing_json_feed',
      title: 'Announcing JSON Feed',
      author: 'Brent Simmons and Manton Reece',
      date: '2017-05-17T08:02:12-07:00',
      url: 'https://jsonfeed.org/2017/05/17/announcing_json_feed',
      body: [{
        type: 'html',
        html: '<p>We — Manton Reece and Brent Simmons — have noticed that JSON has become the developers’ choice for APIs, and that developers will often go out of their way to avoid XML.</p>\n\n<p>So we developed JSON Feed, a format similar to RSS and Atom but in JSON.</p>',
      }],
    }),
    warnings: [],
  },
  {
    file: 'daringfireball-1.1.json',
    source: 'daringfireball.net/feeds/json (version 1.1): authors on the feed, none on the items',
    expected: article({
      id: 'https://daringfireball.net/linked/2024/01/15/link-post',
      title: 'Linked Post Title',
      author: 'John Gruber',
      date: '2024-01-15T14:30:00Z',
      url: 'https://daringfireball.net/linked/2024/01/15/link-post',
      body: [{ type: 'html', html: '<p>Commentary about the linked article.</p>\n\n<div>&nbsp;</div>' }],
    }),
    warnings: [],
  },
  {
    file: 'jekyll-tags-string.json',
    source: 'issue 12 finding, a Jekyll feed.json template: tags as the string "workflow,omnifocus", entities in text',
    expected: article({
      id: 'https://notes.example.net/2019/03/weekly-review',
      title: 'My weekly review in OmniFocus',
      author: 'Sam Rivera',
      date: '2019-03-10T09:00:00+01:00',
      url: 'https://notes.example.net/2019/03/weekly-review',
      summary: 'How I run a weekly review – perspectives, review dates and a checklist.',
      body: [
        { type: 'paragraph', text: 'Every Sunday I open the Review perspective.' },
        { type: 'paragraph', text: 'Then I go through each project & mark it reviewed.' },
      ],
      tags: ['workflow', 'omnifocus'],
    }),
    warnings: [],
  },
  {
    file: 'wordpress-feed-entities.json',
    source: 'WordPress JSON Feed plugin output: entities in the title, HTML in content_text and summary; a bad image',
    expected: article({
      id: 'https://blog.example.org/?p=4711',
      title: 'The ferry’s summer timetable',
      author: 'harbourdesk',
      date: '2023-06-20T10:00:00+00:00',
      url: 'https://blog.example.org/2023/06/ferry-timetable/',
      lang: 'en-US',
      summary: 'From 1 July the ferry runs every 20 minutes […]',
      body: [{ type: 'html', html: '<p>From 1 July the ferry runs every 20 minutes.</p>\n<p>Tickets &amp; passes stay the same.</p>' }],
      tags: ['ferry', 'timetable', '2023'],
    }),
    warnings: [{ field: 'image', message: 'no usable URL' }],
  },
];

describe('real-world JSON-LD and JSON Feed', () => {
  describe('fixtures modeled on real documents', () => {
    for (const { file, source, expected, warnings } of fixtureRows) {
      it(`reads ${file} (${source})`, async () => {
        const result = readArticleInput(await fixture(file));
        expect(result.article).to.deep.equal(expected);
        expect(result.warnings).to.deep.equal(warnings);
      });
    }

    it('never gives a reader an entity or a tag in a text field', async () => {
      for (const { file } of fixtureRows) {
        for (const text of texts(readArticleInput(await fixture(file)).article)) {
          expect(text, file).not.to.match(ENTITY);
          expect(text, file).not.to.match(TAG);
        }
      }
    });

    it('gives the article of readArticleInput from normalizeArticle, and again from its own output', async () => {
      for (const { file } of fixtureRows) {
        const input = await fixture(file);
        const { article: once } = readArticleInput(input);
        expect(normalizeArticle(input), file).to.deep.equal(once);
        const { document: _document, ...rest } = once;
        expect(normalizeArticle(JSON.parse(JSON.stringify(rest))), file).to.deep.equal(rest);
      }
    });

    it('ends a micro.blog post without a title in the one error: the title is required', async () => {
      const error = errorOf(await fixture('microblog-untitled.json'));
      expect(error).to.be.instanceOf(ArticleError);
      expect([error.field, error.message]).to.deep.equal(['title', 'title is required']);
    });
  });

  // 4 of 27 real documents ended in an error for one optional field each (issue 12).
  describe('the four failures of the issue', () => {
    const rows: { name: string; file: string; check: (value: Article) => void }[] = [
      {
        name: 'an image given as {"@list": […]} ("image.src is required")',
        file: 'image-list.json',
        check: value => expect(value.body[0]).to.deep.equal({ type: 'image', src: 'https://news.example.cn/2023/05/04/greenway-16x9.jpg', alt: '' }),
      },
      {
        name: '@type ReportageNewsArticle ("@type must name an article type")',
        file: 'bbc-pidgin-reportage.json',
        check: value => expect(value.title).to.equal("Adams Oshiomhole say 'I still be APC National Chairman'"),
      },
      {
        name: '@type SocialMediaPosting ("@type must name an article type")',
        file: 'social-media-posting.json',
        check: value => expect(value.title).to.equal("The Hitchhiker's Guide to the Galaxy"),
      },
      {
        name: 'a feed item whose tags is the string "workflow,omnifocus"',
        file: 'jekyll-tags-string.json',
        check: value => expect(value.tags).to.deep.equal(['workflow', 'omnifocus']),
      },
    ];
    for (const { name, file, check } of rows) {
      it(`shows the article for ${name}`, async () => {
        const { article: value, warnings } = readArticleInput(await fixture(file));
        check(value);
        expect(warnings).to.deep.equal([]);
      });
    }
  });

  describe('JSON-LD value forms', () => {
    const news = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
    const rows: { name: string; input: unknown; expected: Article; warnings?: ImportWarning[] }[] = [
      {
        name: 'no @context, @type as a compact IRI',
        input: { '@type': 'schema:NewsArticle', headline: 'Compact' },
        expected: article({ title: 'Compact' }),
      },
      {
        name: '@type as a full IRI, http or https',
        input: [{ '@type': 'https://schema.org/BlogPosting', headline: 'Full' }, { '@type': 'http://schema.org/TechArticle', headline: 'Other' }],
        expected: article({ title: 'Full' }),
      },
      {
        name: '@type as an array with other types',
        input: { '@type': ['CreativeWork', 'AnalysisNewsArticle'], headline: 'Typed twice' },
        expected: article({ title: 'Typed twice' }),
      },
      {
        name: 'expanded JSON-LD: full property IRIs and @value objects',
        input: [{
          '@type': ['http://schema.org/ScholarlyArticle'],
          'http://schema.org/headline': [{ '@value': 'Expanded', '@language': 'de' }],
          'http://schema.org/datePublished': [{ '@value': '2021-03-01', '@type': 'http://schema.org/Date' }],
        }],
        expected: article({ title: 'Expanded', date: '2021-03-01', lang: 'de' }),
      },
      {
        name: 'an array where one value is expected: the first usable one',
        input: { ...news, headline: ['', 42, 'Second'], datePublished: ['soon', '2020-10-17'], url: ['/relative', 'https://example.com/a'] },
        expected: article({ title: 'Second', date: '2020-10-17', url: 'https://example.com/a' }),
      },
      {
        name: '@set and @list of keywords, a DefinedTerm, semicolons and Chinese commas',
        input: { ...news, headline: 'K', keywords: { '@set': ['a; b', { '@type': 'DefinedTerm', name: 'c' }, { '@list': ['d，e'] }] } },
        expected: article({ title: 'K', tags: ['a', 'b', 'c', 'd', 'e'] }),
      },
      {
        name: 'creator when there is no author',
        input: { ...news, headline: 'C', creator: [{ '@type': 'Person', name: 'Li Lei' }, 'Han Meimei'] },
        expected: article({ title: 'C', author: 'Li Lei, Han Meimei' }),
      },
      {
        name: 'author before creator',
        input: { ...news, headline: 'C', author: 'Li Lei', creator: 'Someone else' },
        expected: article({ title: 'C', author: 'Li Lei' }),
      },
      {
        name: 'a Person with givenName and familyName, an Organization by @id',
        input: {
          '@context': 'https://schema.org',
          '@graph': [
            { ...news, headline: 'P', author: [{ '@type': 'Person', givenName: 'Lei', familyName: 'Li' }, { '@id': '#org' }] },
            { '@type': 'Organization', '@id': '#org', name: 'Wenzhou Daily' },
          ],
        },
        expected: article({ title: 'P', author: 'Lei Li, Wenzhou Daily' }),
      },
      {
        name: 'a mainEntity given by @id',
        input: {
          '@graph': [
            { '@type': 'WebPage', '@id': 'https://example.com/p', mainEntity: { '@id': 'https://example.com/p#article' } },
            { '@type': 'Article', '@id': 'https://example.com/p#article', headline: 'By reference', mainEntityOfPage: { '@id': 'https://example.com/p' } },
          ],
        },
        expected: article({ id: 'https://example.com/p#article', title: 'By reference', url: 'https://example.com/p' }),
      },
      {
        name: 'references that loop, without end',
        input: {
          '@graph': [
            { ...news, '@id': '#a', headline: 'Loop', author: { '@id': '#p' }, publisher: { '@id': '#a' } },
            { '@type': 'Person', '@id': '#p', name: { '@id': '#p' }, knows: { '@id': '#a' } },
          ],
        },
        expected: article({ id: '#a', title: 'Loop' }),
        warnings: [
          { field: 'author', message: 'must be a name or an object with a name' },
          { field: 'publisher', message: 'must be a name or an object with a name' },
        ],
      },
      {
        name: 'images as an ImageObject with contentUrl only, a size in a QuantitativeValue and "800px"',
        input: { ...news, headline: 'I', image: { '@type': 'ImageObject', contentUrl: '/lead.jpg', name: 'Lead', width: { '@type': 'QuantitativeValue', value: 1200 }, height: '800px' } },
        expected: article({ title: 'I', body: [{ type: 'image', src: '/lead.jpg', alt: 'Lead', width: 1200, height: 800 }] }),
      },
      {
        name: 'an image whose @id is its URL',
        input: { ...news, headline: 'I', image: { '@type': 'ImageObject', '@id': 'https://example.com/a.png' } },
        expected: article({ title: 'I', body: [{ type: 'image', src: 'https://example.com/a.png', alt: '' }] }),
      },
      {
        name: 'an image with only unsafe URLs, then thumbnailUrl',
        input: { ...news, headline: 'I', image: ['javascript:alert(1)', { url: 'data:text/html,x' }], thumbnailUrl: 'https://example.com/t.jpg' },
        expected: article({ title: 'I', body: [{ type: 'image', src: 'https://example.com/t.jpg', alt: '' }] }),
        warnings: [{ field: 'image', message: 'no usable URL' }],
      },
      {
        name: 'an image size that is not one',
        input: { ...news, headline: 'I', image: { url: '/a.png', width: 'wide', height: 0 } },
        expected: article({ title: 'I', body: [{ type: 'image', src: '/a.png', alt: '' }] }),
        warnings: [
          { field: 'image.width', message: 'must be a whole number of pixels from 1 to 100000' },
          { field: 'image.height', message: 'must be a whole number of pixels from 1 to 100000' },
        ],
      },
      {
        name: 'inLanguage as a Language object',
        input: { ...news, headline: 'L', inLanguage: { '@type': 'Language', name: 'Chinese', alternateName: 'zh-cn' } },
        expected: article({ title: 'L', lang: 'zh-CN' }),
      },
      {
        name: 'a relative url, with the page it is the main entity of',
        input: { ...news, headline: 'U', url: '/news/1', mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.com/news/1' } },
        expected: article({ title: 'U', url: 'https://example.com/news/1' }),
        warnings: [{ field: 'url', message: 'is not an absolute http(s) URL' }],
      },
      {
        name: 'description and alternativeHeadline with markup and entities',
        input: { ...news, headline: 'T &amp; C', alternativeHeadline: '<em>Now</em>&#8230;', description: '<p>One &lt;tag&gt;</p>\n<p>Two &hellip;</p>' },
        expected: article({ title: 'T & C', subtitle: 'Now…', summary: 'One <tag> Two …' }),
      },
      {
        name: 'articleBody with markup escaped as text',
        input: { ...news, headline: 'B', articleBody: '&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;' },
        expected: article({ title: 'B', body: [{ type: 'html', html: '<p>One</p><p>Two</p>' }] }),
      },
      {
        name: 'articleBody with inline markup only: its blank lines make paragraphs',
        input: { ...news, headline: 'B', articleBody: 'One <b>bold</b>.\n\nTwo.' },
        expected: article({ title: 'B', body: [{ type: 'html', html: '<p>One <b>bold</b>.</p><p>Two.</p>' }] }),
      },
      {
        name: 'articleBody that is not text',
        input: { ...news, headline: 'B', articleBody: 42 },
        expected: article({ title: 'B' }),
        warnings: [{ field: 'articleBody', message: 'must be a string' }],
      },
      {
        name: 'a number as @id and an unusable language and date',
        input: { ...news, '@id': 7, headline: 'W', inLanguage: 'not a language!', datePublished: '17/10/2020', dateCreated: '2020-10-16' },
        expected: article({ title: 'W', date: '2020-10-16' }),
        warnings: [
          { field: '@id', message: 'must be an IRI' },
          { field: 'datePublished', message: 'must be an ISO 8601 date such as 2020-10-17' },
          { field: 'inLanguage', message: 'must be a BCP 47 language tag such as en or zh-CN' },
        ],
      },
      {
        name: 'a headline that is not text, with a usable name',
        input: { ...news, headline: { text: 'No' }, name: 'Named' },
        expected: article({ title: 'Named' }),
        warnings: [{ field: 'headline', message: 'must be a string' }],
      },
    ];
    for (const { name, input, expected, warnings = [] } of rows) {
      it(`reads ${name}`, () => {
        const result = readArticleInput(input);
        expect(result.article).to.deep.equal(expected);
        expect(result.warnings).to.deep.equal(warnings);
      });
    }
  });

  describe('schema.org types', () => {
    // schema.org 28.0: Article and every type below it, and Legislation for government documents.
    const types = [
      'Article', 'AdvertiserContentArticle', 'NewsArticle', 'AnalysisNewsArticle', 'AskPublicNewsArticle',
      'BackgroundNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle', 'Report',
      'SatiricalArticle', 'ScholarlyArticle', 'MedicalScholarlyArticle', 'SocialMediaPosting', 'BlogPosting',
      'LiveBlogPosting', 'DiscussionForumPosting', 'TechArticle', 'APIReference', 'Legislation', 'LegislationObject',
    ];
    it(`reads each of the ${types.length} article types, however prefixed`, () => {
      for (const type of types) {
        for (const written of [type, `schema:${type}`, `https://schema.org/${type}`, `http://schema.org/${type}`]) {
          expect(normalizeArticle({ '@type': written, headline: type }).title, written).to.equal(type);
        }
      }
    });

    it('still ends a document with no article node in the @type error', () => {
      for (const type of ['WebPage', 'WebSite', 'Organization', 'CreativeWork', 'Product', 'Thing']) {
        const error = errorOf({ '@context': 'https://schema.org', '@type': type, name: 'Not an article' });
        expect([error.field, error.message]).to.deep.equal(['@type', '@type must name an article type such as Article or NewsArticle']);
      }
    });
  });

  describe('government documents in JSON-LD', () => {
    const law = { '@type': 'Legislation', name: 'Regulation' };
    const rows: { name: string; input: object; document?: object; warnings?: ImportWarning[] }[] = [
      { name: 'InForce as a name', input: { legislationLegalForce: 'InForce' }, document: { validity: 'valid' } },
      { name: 'PartiallyInForce as a URL', input: { legislationLegalForce: 'https://schema.org/PartiallyInForce' }, document: { validity: 'amended' } },
      { name: 'NotInForce by @id', input: { legislationLegalForce: { '@id': 'schema:NotInForce' } }, document: { validity: 'expired' } },
      {
        name: 'a legal force schema.org does not have',
        input: { legislationLegalForce: 'Repealed', legislationIdentifier: 'No. 1' },
        document: { number: 'No. 1' },
        warnings: [{ field: 'legislationLegalForce', message: 'must be InForce, NotInForce or PartiallyInForce' }],
      },
      {
        name: 'a legal force named after an Object.prototype key',
        input: { legislationLegalForce: { '@list': ['constructor'] } },
        warnings: [{ field: 'legislationLegalForce', message: 'must be InForce, NotInForce or PartiallyInForce' }],
      },
      {
        name: 'publisher as issuer, dateCreated as written, applicability and expiry',
        input: { publisher: { name: '温州市人民政府' }, dateCreated: '2020-10-17T09:00:00+08:00', legislationDateOfApplicability: '2020-11-01', expires: '2023-10-31', genre: '城乡建设' },
        document: { issuer: '温州市人民政府', written: '2020-10-17', validFrom: '2020-11-01', validUntil: '2023-10-31', topic: '城乡建设' },
      },
      {
        name: 'an expiry before the document applies',
        input: { legislationDateOfApplicability: '2020-11-01', expires: '2019-01-01' },
        document: { validFrom: '2020-11-01' },
        warnings: [{ field: 'expires', message: 'is before the date the document applies from' }],
      },
      { name: 'an open-ended temporalCoverage', input: { temporalCoverage: '2021-01-01/..' }, document: { validFrom: '2021-01-01' } },
      {
        name: 'an unusable date of adoption',
        input: { legislationDate: 'last year', legislationIdentifier: '温政发〔2020〕12号' },
        document: { number: '温政发〔2020〕12号' },
        warnings: [{ field: 'legislationDate', message: 'must be an ISO 8601 date such as 2020-10-17' }],
      },
      { name: 'a NewsArticle, which has no register data', input: { '@type': 'NewsArticle', genre: 'Politics' } },
    ];
    for (const { name, input, document, warnings = [] } of rows) {
      it(`reads ${name}`, () => {
        const result = readArticleInput({ ...law, ...input });
        expect(result.article.document).to.deep.equal(document);
        expect(result.warnings).to.deep.equal(warnings);
      });
    }
  });

  describe('JSON Feed forms', () => {
    const feed = (item: object, extra: object = {}) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Feed', ...extra, items: [item] });
    const rows: { name: string; input: unknown; expected: Article; warnings?: ImportWarning[] }[] = [
      {
        name: "the feed's authors for an item without any",
        input: feed({ id: '1', title: 'T' }, { authors: [{ name: 'Feed author' }] }),
        expected: article({ id: '1', title: 'T', author: 'Feed author' }),
      },
      {
        name: "the item's authors before the feed's",
        input: feed({ id: '1', title: 'T', authors: [{ name: 'Item author' }] }, { authors: [{ name: 'Feed author' }] }),
        expected: article({ id: '1', title: 'T', author: 'Item author' }),
      },
      {
        name: "JSON Feed 1.0's author, on the item and on the feed",
        input: { ...feed({ id: '1', title: 'T' }, { author: { name: 'Old feed author' } }), version: 'https://jsonfeed.org/version/1' },
        expected: article({ id: '1', title: 'T', author: 'Old feed author' }),
      },
      {
        name: 'an author with only an avatar, and one that is a number',
        input: feed({ id: '1', title: 'T', authors: [{ avatar: 'https://example.com/a.png' }, 7, { name: 'Named' }] }),
        expected: article({ id: '1', title: 'T', author: 'Named' }),
        warnings: [{ field: 'authors[1]', message: 'must be an object with a name' }],
      },
      {
        name: 'tags given as an object',
        input: { id: '1', title: 'T', content_text: 'x', tags: { a: 1 } },
        expected: article({ id: '1', title: 'T', body: [{ type: 'paragraph', text: 'x' }] }),
        warnings: [{ field: 'tags', message: 'must be an array of strings' }],
      },
      {
        name: 'content_text holding HTML',
        input: { id: '1', title: 'T', content_text: '<p>One</p><p>Two &amp; three</p>' },
        expected: article({ id: '1', title: 'T', body: [{ type: 'html', html: '<p>One</p><p>Two &amp; three</p>' }] }),
      },
      {
        name: 'a feed whose first item is not an object',
        input: { version: 'https://jsonfeed.org/version/1.1', items: ['not an item', { id: '2', title: 'Second' }] },
        expected: article({ id: '2', title: 'Second' }),
        warnings: [{ field: 'items[0]', message: 'must be an object' }],
      },
      {
        name: 'an item language, else the feed language',
        input: feed({ id: '1', title: 'T', language: 'not a tag!!' }, { language: 'zh-cn' }),
        expected: article({ id: '1', title: 'T', lang: 'zh-CN' }),
        warnings: [{ field: 'language', message: 'must be a BCP 47 language tag such as en or zh-CN' }],
      },
    ];
    for (const { name, input, expected, warnings = [] } of rows) {
      it(`reads ${name}`, () => {
        const result = readArticleInput(input);
        expect(result.article).to.deep.equal(expected);
        expect(result.warnings).to.deep.equal(warnings);
      });
    }
  });

  describe('the one error: no title at all', () => {
    const news = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
    const rows: { name: string; input: unknown; field: string; message: string }[] = [
      { name: 'JSON-LD with no headline, name or title', input: { ...news, articleBody: 'Text', image: '/a.png' }, field: 'headline', message: 'headline is required' },
      { name: 'a blank headline', input: { ...news, headline: ' &nbsp; ' }, field: 'headline', message: 'headline is required' },
      { name: 'a headline of markup only', input: { ...news, headline: '<br><img src=x>' }, field: 'headline', message: 'headline is required' },
      { name: 'a headline that is a number', input: { ...news, headline: 42 }, field: 'headline', message: 'headline must be a string' },
      { name: 'a name, for want of a headline, that is an object', input: { ...news, name: { '@id': '#x' } }, field: 'name', message: 'name must be a string' },
      { name: 'a feed item without a title', input: { id: '1', content_html: '<p>Hi</p>' }, field: 'title', message: 'title is required' },
      { name: 'a feed item whose title is a number', input: { id: '1', title: 3, content_html: '<p>Hi</p>' }, field: 'title', message: 'title must be a string' },
    ];
    for (const { name, input, field, message } of rows) {
      it(`for ${name}: "${message}"`, () => {
        const error = errorOf(input);
        expect(error).to.be.instanceOf(ArticleError);
        expect([error.field, error.message]).to.deep.equal([field, message]);
      });
    }
  });

  describe('the canonical form stays strict', () => {
    const rows: { input: unknown; message: string }[] = [
      { input: { title: 'T', date: 'yesterday' }, message: 'date must be an ISO 8601 date such as 2020-10-17' },
      { input: { title: 'T', tags: 'a,b' }, message: 'tags must be an array' },
      { input: { title: 'T', author: { name: 'Li Lei' } }, message: 'author must be a string' },
      { input: { title: 'T', body: [{ type: 'image', src: { '@list': ['/a.png'] } }] }, message: 'body[0].src must be a string' },
    ];
    for (const { input, message } of rows) {
      it(`still refuses ${JSON.stringify(input)}: "${message}"`, () => {
        expect(errorOf(input).message).to.equal(message);
      });
    }

    it('and gives no warnings for what it accepts', () => {
      expect(readArticleInput({ title: 'T &amp; <b>not markup</b>' })).to.deep.equal({
        article: article({ title: 'T &amp; <b>not markup</b>' }),
        warnings: [],
      });
    });
  });
});
