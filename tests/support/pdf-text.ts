/**
 * A small reader for the PDFs pdfkit writes (lib/pdf.ts): enough for tests to assert what is printed
 * where, on which page and at what size. Objects are found through the xref table, so binary streams
 * (JPEG images, font files) cannot be mistaken for object boundaries; text is mapped back to Unicode
 * through each font's ToUnicode CMap. Not a general PDF parser.
 */
import zlib from 'node:zlib';

export interface PdfObject {
  dict: string;
  /** The stream's bytes, inflated when it is Flate-compressed (images stay as stored). */
  stream: Buffer | null;
}

export interface TextOp {
  /** 1-based, in reading order (the /Kids of the page tree). */
  page: number;
  x: number;
  y: number;
  font: string;
  size: number;
  text: string;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  /** MediaBox width and height in points. */
  width: number;
  height: number;
  /** How many image XObjects the page draws from. */
  images: number;
  ops: TextOp[];
}

export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const s = pdf.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(s)?.[1]);
  const xref = /^xref\n0 (\d+)\n/.exec(s.slice(startxref));
  if (!xref) throw new Error('pdf-text: no xref table');
  const count = Number(xref[1]);
  const entries = startxref + xref[0].length;
  const objects = new Map<number, PdfObject>();
  for (let id = 1; id < count; id++) {
    const entry = s.slice(entries + id * 20, entries + id * 20 + 18);
    if (!entry.endsWith('n')) continue;
    const offset = Number(entry.slice(0, 10));
    const header = `${id} 0 obj\n`;
    if (s.slice(offset, offset + header.length) !== header) throw new Error(`pdf-text: object ${id} not at ${offset}`);
    const start = offset + header.length;
    const streamAt = s.indexOf('\nstream\n', start);
    const endAt = s.indexOf('\nendobj', start);
    if (streamAt < 0 || streamAt > endAt) {
      objects.set(id, { dict: s.slice(start, endAt), stream: null });
      continue;
    }
    const dict = s.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const raw = pdf.subarray(streamAt + 8, streamAt + 8 + length);
    objects.set(id, { dict, stream: /\/Filter \/FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw });
  }
  return objects;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
/** The `name id 0 R` pairs of a sub-dictionary such as /Font << ... >> or /XObject << ... >>. */
const refsIn = (dict: string, key: string) =>
  [...(new RegExp(`/${key} <<([^>]*)>>`).exec(dict)?.[1] ?? '').matchAll(/\/([\w.]+) (\d+) 0 R/g)].map(([, name, id]) => ({ name, id: Number(id) }));

/** Glyph id → text, from a ToUnicode CMap as pdfkit writes it (bfrange blocks of <from> <to> [<u1> <u2> ...]). */
function toUnicode(cmap: string): string[] {
  const map: string[] = [];
  for (const [, from, list] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
    [...list.matchAll(/<([0-9a-f]+)>/g)].forEach(([, u], k) => {
      map[parseInt(from, 16) + k] = String.fromCharCode(...u.match(/.{4}/g)!.map((h) => parseInt(h, 16)));
    });
  }
  return map;
}

function pageTextOps(objects: Map<number, PdfObject>, pageDict: string, pageNo: number, cmaps: Map<number, string[]>): TextOp[] {
  const resources = objects.get(ref(pageDict, 'Resources'))!.dict;
  const fonts = new Map<string, string[]>();
  for (const { name, id } of refsIn(resources, 'Font')) {
    if (!cmaps.has(id)) cmaps.set(id, toUnicode(objects.get(ref(objects.get(id)!.dict, 'ToUnicode'))?.stream?.toString('latin1') ?? ''));
    fonts.set(name, cmaps.get(id)!);
  }
  const content = objects.get(ref(pageDict, 'Contents'))!.stream!.toString('latin1');
  const ops: TextOp[] = [];
  // One BT…ET block per text call: its first Tm places it; later Tm (accents) and TJ continue it.
  for (const [, block] of content.matchAll(/(?:^|\n)BT\n([\s\S]*?)\nET(?=\n|$)/g)) {
    const at = /1 0 0 1 ([\d.-]+) ([\d.-]+) Tm/.exec(block);
    const tf = /\/(F\d+) ([\d.]+) Tf/.exec(block);
    if (!at || !tf) continue;
    const map = fonts.get(tf[1]) ?? [];
    const text = [...block.matchAll(/\[(.*)\] TJ/g)]
      .flatMap(([, tj]) => [...tj.matchAll(/<([0-9a-f]+)>/g)])
      .map(([, hex]) => hex.match(/.{4}/g)!.map((g) => map[parseInt(g, 16)] ?? '?').join(''))
      .join('');
    ops.push({ page: pageNo, x: Number(at[1]), y: Number(at[2]), font: tf[1], size: Number(tf[2]), text });
  }
  return ops;
}

/** Pages in reading order with their size, image count and text calls. */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const objects = pdfObjects(pdf);
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog\n/.test(o.dict))!;
  const kids = /\/Kids \[([^\]]*)\]/.exec(objects.get(ref(catalog.dict, 'Pages'))!.dict)![1];
  const cmaps = new Map<number, string[]>();
  return [...kids.matchAll(/(\d+) 0 R/g)].map(([, id], i) => {
    const dict = objects.get(Number(id))!.dict;
    const box = /\/MediaBox \[([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+)\]/.exec(dict)!.slice(1).map(Number);
    const resources = objects.get(ref(dict, 'Resources'))!.dict;
    const images = refsIn(resources, 'XObject').filter(({ id }) => /\/Subtype \/Image\n/.test(objects.get(id)?.dict ?? '')).length;
    return { number: i + 1, width: box[2] - box[0], height: box[3] - box[1], images, ops: pageTextOps(objects, dict, i + 1, cmaps) };
  });
}

/** Every text call of the document, page by page. */
export function textOps(pdf: Buffer): TextOp[] {
  return pdfPages(pdf).flatMap((p) => p.ops);
}

/** The document's text: one line per text call, pages separated by a form feed. */
export function pdfText(pdf: Buffer): string {
  return pdfPages(pdf)
    .map((p) => p.ops.map((o) => o.text).join('\n'))
    .join('\n\f\n');
}
