#!/usr/bin/env node
// Keeps the docs true to the repository: every file or folder they name exists, every relative
// link (and its #anchor) leads somewhere, and no doc points at an issue number, which means
// nothing to a reader without the tracker. Plain Node, no dependencies.
//   node scripts/check-doc-paths.mjs        (pnpm check:docs)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository's top folders a path in prose starts with. */
const TOP_DIRS = ['server', 'web', 'db', 'shared', 'tests', 'docs', 'scripts'];
const PATH = new RegExp(`(?<![\\w@./-])(?:\\./)?((?:${TOP_DIRS.join('|')})/[^\\s\`'"()\\[\\]]*)`, 'g');
/** Build output and runtime files: named by the docs, absent from a fresh checkout. */
const GENERATED_SEGMENTS = new Set(['dist', 'dist-ssr', 'node_modules', 'coverage']);
/** A segment that stands for many (`<resource>`, `{a,b}`, `*.ts`, `…`): the path is checked up to it. */
const PLACEHOLDER = /[<>{}*…]|^\.\.\.$|^:/;
const ISSUE_REFS = [
  { pattern: /(?<![\w&/#])#\d+\b/g, what: 'an issue number' },
  { pattern: /\bissues? +#?\d+/gi, what: 'an issue number' },
];

function docFiles() {
  const files = ['README.md', 'CONTRIBUTING.md'].filter((file) => existsSync(join(root, file)));
  const docs = join(root, 'docs');
  if (existsSync(docs)) {
    for (const name of readdirSync(docs).sort()) if (name.endsWith('.md')) files.push(`docs/${name}`);
  }
  return files;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const anchorCache = new Map();
function anchorsOf(file) {
  if (!anchorCache.has(file)) {
    const seen = new Map();
    const anchors = new Set();
    let fenced = false;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/^\s*```/.test(line)) fenced = !fenced;
      const heading = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
      if (!heading) continue;
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    anchorCache.set(file, anchors);
  }
  return anchorCache.get(file);
}

/** The part of a path before any placeholder segment, without trailing punctuation or a `:line`. */
function checkablePath(token) {
  const cleaned = token
    .replace(/[.,;:!?]+$/, '')
    .replace(/:\d+(?::\d+)?$/, '')
    .replace(/#.*$/, '');
  const kept = [];
  for (const segment of cleaned.split('/')) {
    if (PLACEHOLDER.test(segment)) break;
    if (GENERATED_SEGMENTS.has(segment)) return null;
    kept.push(segment);
  }
  return kept.filter(Boolean).join('/');
}

function checkFile(doc) {
  const problems = [];
  const text = readFileSync(join(root, doc), 'utf8');
  let fenced = false;
  text.split('\n').forEach((line, index) => {
    const at = `${doc}:${index + 1}`;
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return;
    }
    // Addresses are not repo paths (`https://…/docs/x`); an issue number in one is still one.
    const withoutUrls = line.replace(/\b[a-z]+:\/\/\S+/gi, ' ');
    for (const { pattern, what } of ISSUE_REFS) {
      for (const match of withoutUrls.matchAll(pattern)) problems.push(`${at}: names ${what}: "${match[0]}"`);
    }
    if (fenced) return;

    for (const span of withoutUrls.matchAll(/`([^`]+)`/g)) {
      for (const match of span[1].matchAll(PATH)) {
        const path = checkablePath(match[1]);
        if (path && !existsSync(join(root, path))) problems.push(`${at}: no such file or folder: ${path}`);
      }
    }
    const prose = withoutUrls.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, ']');
    for (const match of prose.matchAll(PATH)) {
      const path = checkablePath(match[1]);
      if (path && !existsSync(join(root, path))) problems.push(`${at}: no such file or folder: ${path}`);
    }

    for (const link of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = link[1];
      if (/^[a-z]+:/i.test(target)) continue;
      const [pathPart, anchor] = target.split('#');
      const file = pathPart ? resolve(dirname(join(root, doc)), decodeURI(pathPart)) : join(root, doc);
      if (!existsSync(file)) {
        problems.push(`${at}: link to a missing file: ${target}`);
        continue;
      }
      if (anchor && file.endsWith('.md') && statSync(file).isFile() && !anchorsOf(file).has(anchor)) {
        problems.push(`${at}: link to a missing heading: ${target} (in ${relative(root, file)})`);
      }
    }
  });
  return problems;
}

const problems = docFiles().flatMap(checkFile);
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in the docs:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`docs: every named path exists, every link leads somewhere, no issue numbers (${docFiles().join(', ')})`);
