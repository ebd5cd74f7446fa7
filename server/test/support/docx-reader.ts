import { XMLParser } from 'fast-xml-parser';
import { unzip } from './zip.js';

/**
 * Reads a .docx as any Word reader would, sharing nothing with the `docx` package that writes
 * it: the zip opened with yauzl (support/zip.ts), each part parsed with a generic XML parser, in
 * document order.
 */
async function partsOf(buffer: Buffer): Promise<Map<string, string>> {
  return new Map((await unzip(buffer)).map((entry) => [entry.name, entry.content.toString('utf8')]));
}

/** An element as fast-xml-parser's ordered form gives it: `{ tag: children, ':@': attributes }`. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });
export const parseXml = (xml: string): XmlNode[] => parser.parse(xml) as XmlNode[];

export const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@')!;
export const attrs = (node: XmlNode) => (node[':@'] ?? {}) as Record<string, string>;
export const childrenOf = (node: XmlNode) => (Array.isArray(node[tagOf(node)]) ? (node[tagOf(node)] as XmlNode[]) : []);

/** Every element named `tag` under `nodes`, in document order. */
export function findAll(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((node) => {
    if (!tagOf(node) || tagOf(node) === '#text') return [];
    return tagOf(node) === tag ? [node, ...findAll(childrenOf(node), tag)] : findAll(childrenOf(node), tag);
  });
}

/** The text of a paragraph (or any element): its `w:t` runs joined. */
export function textOf(node: XmlNode): string {
  return findAll([node], 'w:t')
    .flatMap((t) => childrenOf(t).map((c) => String(c['#text'] ?? '')))
    .join('');
}

/** A .docx's parts as a reader meets them: the body's paragraphs in order (table cells included), notes, headers, section. */
export async function readDocx(buffer: Buffer) {
  const parts = await partsOf(buffer);
  const part = (name: string) => parseXml(parts.get(name) ?? '<none/>');
  const document = part('word/document.xml');
  const paragraphs = findAll(document, 'w:p');
  const footnotes = findAll(part('word/footnotes.xml'), 'w:footnote').filter((n) => Number(attrs(n)['w:id']) > 0);
  const sectPr = findAll(document, 'w:sectPr').at(-1)!;
  const rels = findAll(part('word/_rels/document.xml.rels'), 'Relationship').map(attrs);
  /** The header part a section uses for `type` (first or default). */
  const header = (type: 'first' | 'default') => {
    const ref = findAll([sectPr], 'w:headerReference').find((h) => attrs(h)['w:type'] === type);
    const target = ref && rels.find((r) => r.Id === attrs(ref)['r:id'])?.Target;
    return target ? (parts.get(`word/${target}`) ?? '') : null;
  };
  return { parts, document, paragraphs, texts: paragraphs.map(textOf), footnotes, sectPr, header };
}
