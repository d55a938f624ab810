#!/usr/bin/env node
// npx portal-reader import <file|folder>… [--out folder] [--from selector]
//
// Converts saved portal pages into article JSON (the canonical form of SPEC.md), one file per
// page: name.json next to the page, or in --out (keeping the folders below each folder given).
// Reads any encoding a page declares (UTF-8, GBK, GB18030, Big5…: its BOM, else <meta charset>
// or http-equiv Content-Type in the first 1024 bytes; undeclared pages that are not UTF-8 are
// read as GB18030). Prints a line per page on stderr, then a summary; exits 1 when any failed.
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';

const USAGE = `Usage: portal-reader import <file|folder>… [--out folder] [--from selector]

  Converts saved HTML pages into article JSON files, one per page.
  <file|folder>    pages to read; folders are searched for .html, .htm, .shtml and .xhtml files
  --out folder     where to write name.json (default: next to each page)
  --from selector  CSS selector of the article's block (default: found on each page)`;

const PAGE = /\.(html?|shtml|xhtml)$/i;

function parseArguments(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { help: true };
  if (command !== 'import') return { error: command ? `unknown command: ${command}` : 'no command given' };
  const options = { paths: [], out: undefined, from: undefined };
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    const [name, inline] = argument.startsWith('--') ? argument.split(/=(.*)/s) : [argument];
    if (name === '--help' || name === '-h') return { help: true };
    if (name === '--out' || name === '--from') {
      const value = inline ?? rest[++i];
      if (value === undefined) return { error: `${name} needs a value` };
      options[name.slice(2)] = value;
    } else if (argument.startsWith('--')) {
      return { error: `unknown option: ${name}` };
    } else {
      options.paths.push(argument);
    }
  }
  if (options.paths.length === 0) return { error: 'no file or folder given' };
  return { options };
}

/** Every page under the paths given: [file, folder it was found in (for --out), or undefined]. */
async function findPages(paths) {
  const pages = [];
  const missing = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (!info.isDirectory()) {
      pages.push({ file: path, root: undefined });
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const files = entries
      .filter(entry => entry.isFile() && PAGE.test(entry.name))
      .map(entry => join(entry.parentPath ?? entry.path, entry.name))
      .sort();
    for (const file of files) pages.push({ file, root: path });
  }
  return { pages, missing };
}

const decoderFor = label => {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
};

/** The page's text in the encoding it declares: BOM, else the charset in its first 1024 bytes. */
function decodePage(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = head.match(/<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
  // A page saved as UTF-8 often keeps the charset of the page it came from; UTF-8 that decodes is UTF-8.
  const decoder = declared && decoderFor(declared);
  if (decoder && decoder.encoding !== 'utf-8') return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return (decoder ?? new TextDecoder('gb18030')).decode(bytes);
  }
}

function outputFile(page, out) {
  const name = `${basename(page.file, extname(page.file))}.json`;
  if (out === undefined) return join(dirname(page.file), name);
  const below = page.root === undefined ? '' : dirname(relative(page.root, page.file));
  return join(out, below, name);
}

async function main() {
  const parsed = parseArguments(process.argv.slice(2));
  if (parsed.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.error) {
    console.error(`portal-reader: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  let reader;
  try {
    reader = await import(new URL('../dist/import/index.js', import.meta.url).href);
  } catch (error) {
    console.error(`portal-reader: cannot load the importer (dist/import/index.js): ${error.message}. In a checkout, run npm run build first.`);
    return 2;
  }
  try {
    await import('jsdom');
  } catch {
    console.error('portal-reader: reading pages needs the jsdom package beside portal-reader: npm install jsdom');
    return 2;
  }
  const { pages, missing } = await findPages(options.paths);
  const failures = missing.map(file => ({ file, reason: 'no such file or folder' }));
  for (const failure of failures) console.error(`✗ ${failure.file}: ${failure.reason}`);
  let converted = 0;
  for (const [index, page] of pages.entries()) {
    const progress = `[${index + 1}/${pages.length}]`;
    try {
      const html = decodePage(await readFile(page.file));
      const { article, warnings } = await reader.importPage(html, options.from === undefined ? {} : { from: options.from });
      const target = outputFile(page, options.out);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(article, null, 2)}\n`);
      converted++;
      console.error(`${progress} ${page.file} → ${target}`);
      for (const warning of warnings) console.error(`    warning: ${warning.field} ${warning.message}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failures.push({ file: page.file, reason });
      console.error(`${progress} ✗ ${page.file}: ${reason}`);
    }
  }
  if (pages.length === 0 && missing.length === 0) {
    console.error('portal-reader: no .html, .htm, .shtml or .xhtml pages found');
    return 1;
  }
  console.log(`${converted} converted, ${failures.length} failed`);
  for (const failure of failures) console.log(`  ${failure.file}: ${failure.reason}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
