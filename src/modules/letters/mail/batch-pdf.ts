/**
 * The mailer's print batch: one PDF per batch, grouped by facility. Pure: the letters arrive decrypted,
 * nothing here reads the database. Everything printed for the prison (headings, envelopes) is in Russian,
 * because the censor reads it; the cover sheets are for the mailer and never leave the house.
 * pdfkit is slow to load: callers import this file when a batch is printed, not at start-up.
 */
import { createPdf, pdfToBuffer } from '../../../lib/pdf.ts';
import type { AddressBlock } from '../../registry/address.ts';
import type { EnvelopeFormat } from '../letters.model.ts';
import { drawAddressLines, drawLabelSheets, fittingSize, MM } from './batch-pdf-addresses.ts';

export type { EnvelopeFormat };

export interface PrintLetter {
  /** Short code printed small at the foot of each of its pages and on its envelope, e.g. "SP-3F2A9C": lets a mailer match a returned letter. */
  reference: string;
  kind: 'letter' | 'postcard';
  /** What the prisoner reads: the translation if there is one, else the letter as written. */
  text: string;
  /** The writer's own words, printed after the translation when the writer asked for it; null otherwise. */
  original: string | null;
  signature: string | null;
  /** One image (a JPEG already re-encoded by lib/images.ts), printed on its own page; null if none. */
  image: Buffer | null;
  recipient: AddressBlock;
  returnAddress: string[];
}

export interface FacilityGroup {
  facility: string;
  letters: PrintLetter[];
}

/** Envelope page sizes in points, landscape as they go through a printer's envelope feed. */
const ENVELOPE_SIZES: Record<Exclude<EnvelopeFormat, 'labels'>, [number, number]> = {
  DL: [220 * MM, 110 * MM],
  C6: [162 * MM, 114 * MM],
};

const SECONDARY = '#444444';
const BODY_SIZE = 11.5;
const BODY_GAP = 2;
const HEADING_SIZE = 12;
const FOOTER_SIZE = 7.5;

const KIND_LABEL = { letter: 'письмо', postcard: 'открытка' } as const;
const ORIGINAL_HEADING = { letter: 'Оригинал письма', postcard: 'Оригинал открытки' } as const;

/** Normalises line ends; a stray "\r" would otherwise be printed as a missing-glyph box. */
const plain = (s: string) => s.replace(/\r\n?/g, '\n');

function pageIndex(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` still fits above the bottom margin. */
function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom && doc.y > doc.page.margins.top) doc.addPage();
}

// ---------------------------------------------------------------- cover sheet (for the mailer)

function coverSheet(doc: PDFKit.PDFDocument, title: string, envelope: EnvelopeFormat, group: FacilityGroup): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font('regular').fontSize(fittingSize(doc, 'regular', title, 9, width, 6)).fillColor(SECONDARY);
  doc.text(title, x, doc.page.margins.top, { lineBreak: false });
  doc.font('bold').fontSize(fittingSize(doc, 'bold', group.facility, 18, width, 9)).fillColor('#000000');
  doc.text(group.facility, x, doc.page.margins.top + 18, { lineBreak: false });

  const letters = group.letters.filter((l) => l.kind === 'letter').length;
  const postcards = group.letters.length - letters;
  const count = postcards ? `Писем: ${letters} · открыток: ${postcards}` : `Писем: ${letters}`;
  const how =
    envelope === 'labels'
      ? 'Адресные наклейки (99,1 × 38,1 мм) — в конце группы, в том же порядке.'
      : `Конверт ${envelope} — сразу после каждого письма.`;
  doc.font('regular').fontSize(11).fillColor('#000000').text(count, x, doc.page.margins.top + 48, { width });
  doc.fontSize(9.5).fillColor(SECONDARY).text(how, x, doc.y + 2, { width });

  const cols = { no: x, ref: x + 26, kind: x + 106, recipient: x + 216 };
  const recipientWidth = x + width - cols.recipient;
  const header = (y: number) => {
    doc.font('bold').fontSize(9).fillColor(SECONDARY);
    doc.text('№', cols.no, y, { lineBreak: false }).text('Код', cols.ref, y, { lineBreak: false });
    doc.text('Вид', cols.kind, y, { lineBreak: false }).text('Получатель', cols.recipient, y, { lineBreak: false });
    return y + 16;
  };
  let y = header(doc.y + 14);
  group.letters.forEach((letter, i) => {
    const rowHeight = letter.recipient.verified ? 16 : 27;
    if (y + rowHeight > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      doc.font('regular').fontSize(9).fillColor(SECONDARY).text(`${group.facility} (продолжение)`, x, doc.page.margins.top, { width });
      y = header(doc.y + 8);
    }
    doc.font('regular').fontSize(10).fillColor('#000000');
    doc.text(`${i + 1}.`, cols.no, y, { lineBreak: false }).text(letter.reference, cols.ref, y, { lineBreak: false });
    doc.text(letter.image ? `${KIND_LABEL[letter.kind]}, рисунок` : KIND_LABEL[letter.kind], cols.kind, y, { lineBreak: false });
    doc.fontSize(fittingSize(doc, 'regular', letter.recipient.recipient, 10, recipientWidth, 6));
    doc.text(letter.recipient.recipient, cols.recipient, y, { lineBreak: false });
    if (!letter.recipient.verified) {
      doc.fontSize(8).fillColor(SECONDARY).text('адрес не проверен — сверьте перед отправкой', cols.recipient, y + 12, { lineBreak: false });
    }
    y += rowHeight;
  });
}

// ---------------------------------------------------------------- the letter itself (for the prisoner)

function body(doc: PDFKit.PDFDocument, text: string, width: number): void {
  doc.font('regular').fontSize(BODY_SIZE).fillColor('#000000');
  doc.text(plain(text), doc.page.margins.left, doc.y, { width, lineGap: BODY_GAP });
}

function heading(doc: PDFKit.PDFDocument, label: string, width: number, keepWith: number): void {
  doc.font('bold').fontSize(HEADING_SIZE);
  const h = doc.currentLineHeight(true) + 6;
  doc.font('regular').fontSize(BODY_SIZE);
  ensureRoom(doc, h + keepWith * (doc.currentLineHeight(true) + BODY_GAP));
  doc.font('bold').fontSize(HEADING_SIZE).fillColor('#000000').text(label, doc.page.margins.left, doc.y, { width });
  doc.y += 6;
}

/** Reference and "page k/n of this letter" at the foot of each of its pages. */
function letterFooters(doc: PDFKit.PDFDocument, reference: string, first: number, last: number): void {
  for (let i = first; i <= last; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom / 2 - FOOTER_SIZE / 2;
    doc.font('regular').fontSize(FOOTER_SIZE).fillColor(SECONDARY);
    doc.text(reference, doc.page.margins.left, y, { lineBreak: false });
    if (last > first) {
      const part = `${i - first + 1}/${last - first + 1}`;
      doc.text(part, doc.page.width - doc.page.margins.right - doc.widthOfString(part), y, { lineBreak: false });
    }
  }
}

function letterPages(doc: PDFKit.PDFDocument, letter: PrintLetter): void {
  doc.addPage();
  const first = pageIndex(doc);
  const width = contentWidth(doc);
  const original = letter.original?.trim() ? letter.original : null;
  doc.y = doc.page.margins.top;
  if (original) heading(doc, 'Перевод', width, 2);
  body(doc, letter.text, width);
  if (letter.signature) {
    doc.y += BODY_SIZE;
    ensureRoom(doc, BODY_SIZE * 1.5);
    body(doc, letter.signature, width);
  }
  if (original) {
    doc.y += BODY_SIZE * 2;
    heading(doc, ORIGINAL_HEADING[letter.kind], width, 2);
    body(doc, original, width);
  }
  if (letter.image) {
    doc.addPage();
    const { left, top, bottom } = doc.page.margins;
    const fit: [number, number] = [width, doc.page.height - top - bottom];
    doc.image(letter.image, left, top, { fit, align: 'center', valign: 'center' });
  }
  const last = pageIndex(doc);
  letterFooters(doc, letter.reference, first, last);
  doc.switchToPage(last);
}

// ---------------------------------------------------------------- envelopes

function envelopePage(doc: PDFKit.PDFDocument, format: Exclude<EnvelopeFormat, 'labels'>, letter: PrintLetter): void {
  const [width, height] = ENVELOPE_SIZES[format];
  const margin = 10 * MM;
  doc.addPage({ size: [width, height], margin });
  drawAddressLines(doc, letter.returnAddress, { x: margin, y: margin, width: width * 0.4 - margin, size: 8, color: SECONDARY });

  const recipient = [letter.recipient.recipient, ...letter.recipient.lines];
  const box = { x: width * 0.42, width: width * 0.58 - margin, size: 11, color: '#000000' };
  doc.font('regular').fontSize(box.size);
  const blockHeight = recipient.flatMap((l) => l.split(/\r?\n/)).length * doc.currentLineHeight(true);
  drawAddressLines(doc, recipient, { ...box, y: height - margin - blockHeight });

  doc.font('regular').fontSize(5.5).fillColor(SECONDARY);
  doc.text(letter.reference, margin / 2, height - margin / 2 - 4, { lineBreak: false });
}

// ---------------------------------------------------------------- the batch

export async function batchPdf(batch: { title: string; envelope: EnvelopeFormat; groups: FacilityGroup[] }): Promise<Buffer> {
  const doc = createPdf({ title: batch.title, lang: 'ru' });
  let firstPageUsed = false;
  for (const group of batch.groups) {
    if (firstPageUsed) doc.addPage();
    firstPageUsed = true;
    coverSheet(doc, batch.title, batch.envelope, group);
    for (const letter of group.letters) {
      letterPages(doc, letter);
      if (batch.envelope !== 'labels') envelopePage(doc, batch.envelope, letter);
      // Written pages leave memory as the batch goes: a thousand letters need not all stay buffered.
      doc.flushPages();
    }
    if (batch.envelope === 'labels') drawLabelSheets(doc, group.letters);
  }
  if (!firstPageUsed) doc.font('regular').fontSize(12).text(batch.title);
  return pdfToBuffer(doc);
}
