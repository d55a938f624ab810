/**
 * The labels in Traditional characters (zh-Hant, zh-TW, zh-HK and zh-MO pages, and under
 * `script="traditional"`), made from the Simplified ones when first asked for, so that each label
 * is written once. OpenCC's tables are 1 MB; the labels need only these characters, each paired as
 * OpenCC's s2tw converts it in the labels' own words (复制 → 複製, 发布 → 發佈, 分钟 → 分鐘).
 * test/chinese-script-toggle/labels.test.ts checks every label against OpenCC and names a
 * character that a new label needs here.
 */
const PAIRS =
  '与與个個于於体體关關内內准準制製务務动動发發号號后後处處复複实實宽寬对對布佈并並应應废廢弹彈录錄护護' +
  '择擇换換无無显顯暂暫机機来來松鬆构構标標检檢没沒浅淺测測浏瀏点點热熱画畫码碼签籤简簡类類约約线線' +
  '结結络絡继繼续續维維网網获獲览覽设設评評试試语語请請读讀载載较較辅輔过過这這适適选選钟鐘链鏈长長' +
  '闭閉间間阅閱页頁题題';

let traditionalOf: Map<string, string> | undefined;

/** `text` in Traditional characters. */
export function toTraditionalText(text: string): string {
  traditionalOf ??= new Map([...PAIRS.matchAll(/(.)(.)/gu)].map(([, simplified, traditional]) => [simplified, traditional]));
  return text.replace(/\p{Script=Han}/gu, character => traditionalOf!.get(character) ?? character);
}

// A label function's text arguments (a selector, a date, a server's content type) are the page's
// or the reader's, not ours to convert: each stands in the text as a mark while it is converted.
const argumentMark = (index: number) => `\u0000${index}\u0000`;

/** A label table (strings, label functions, tables) in Traditional characters. */
export function toTraditionalLabels<T>(labels: T): T {
  if (typeof labels === 'string') return toTraditionalText(labels) as T;
  if (typeof labels === 'function') {
    const label = labels as (...args: unknown[]) => string;
    return ((...args: unknown[]) => {
      const marked = args.map((arg, index) => (typeof arg === 'string' && arg !== '' ? argumentMark(index) : arg));
      return toTraditionalText(label(...marked)).replace(/\u0000(\d+)\u0000/g, (_, index: string) => String(args[Number(index)]));
    }) as T;
  }
  if (labels && typeof labels === 'object') {
    return Object.fromEntries(Object.entries(labels).map(([key, value]) => [key, toTraditionalLabels(value)])) as T;
  }
  return labels;
}
