/** The canonical article, as described in SPEC.md ("Article JSON"). Text fields are plain text. */
export interface Article {
  id?: string;
  title: string;
  subtitle?: string;
  source?: string;
  author?: string;
  /** ISO 8601 date (`2020-10-17`) or date-time. */
  date?: string;
  /** Canonical absolute http(s) URL of the article. */
  url?: string;
  /** BCP 47 language tag of the article's text. */
  lang?: string;
  dir?: TextDirection;
  summary?: string;
  body: BodyBlock[];
  attachments: Attachment[];
  tags: string[];
  publisher?: string;
  /** A government document's register data (信息公开): index number, issuer, number, dates, validity. */
  document?: GovernmentDocument;
  /** Links shown after the body, grouped by kind (政策解读, 原文件, 相关文件). */
  related?: RelatedLink[];
}

export type DocumentValidity = 'valid' | 'expired' | 'repealed' | 'amended';

/** SPEC "Government documents": every field optional; dates are ISO dates. */
export interface GovernmentDocument {
  /** 索引号, e.g. `001008003/2020-12345`. */
  indexNumber?: string;
  /** 发布机构 / 发文机关. */
  issuer?: string;
  /** 文号 / 发文字号, e.g. `温政发〔2020〕12号`. */
  number?: string;
  /** 成文日期 (ISO date). */
  written?: string;
  /** 主题分类. */
  topic?: string;
  /** 有效性. */
  validity?: DocumentValidity;
  validFrom?: string;
  validUntil?: string;
}

export type RelatedKind = 'interpretation' | 'original' | 'related';

export interface RelatedLink {
  title: string;
  /** Absent when the given URL was not safe (the title shows as text). */
  url?: string;
  kind: RelatedKind;
}

/** An optional field of other people's input (JSON-LD, a feed, a page) that was dropped, and why. */
export interface ImportWarning {
  /** The field as the input named it, e.g. `image` or `tags`. */
  field: string;
  message: string;
}

export type TextDirection = 'ltr' | 'rtl' | 'auto';

export type BodyBlock =
  | HeadingBlock
  | ParagraphBlock
  | ImageBlock
  | ListBlock
  | QuoteBlock
  | HtmlBlock;

export type BodyBlockType = BodyBlock['type'];

export interface HeadingBlock {
  type: 'heading';
  text: string;
  /** 2 to 6; the article's title is the level-1 heading. */
  level: HeadingLevel;
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

export interface ImageBlock {
  type: 'image';
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: string[];
}

export interface QuoteBlock {
  type: 'quote';
  text: string;
  cite?: string;
}

/** HTML kept as the author sent it; it is sanitized when it is rendered. */
export interface HtmlBlock {
  type: 'html';
  html: string;
}

export interface Attachment {
  title: string;
  /** Absent when the given URL was not safe. */
  url?: string;
  /** MIME type, e.g. `application/pdf`. */
  type?: string;
  /** Size in bytes. */
  size?: number;
}

/**
 * What `article-view` accepts: the canonical form, a schema.org Article JSON-LD object
 * (also in `@graph` or an array) or a JSON Feed 1.1 item. Anything else ends in the error state.
 */
export type ArticleInput = Article | Record<string, unknown> | readonly unknown[];
