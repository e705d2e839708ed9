/**
 * The printable birthday list: one A4 PDF with an embedded Cyrillic font, each address block kept on
 * one page. Kept apart from the other formats because pdfkit takes a quarter of a second to load:
 * the route imports this file on the first PDF request, not at start-up.
 */
import { addPageNumbers, createPdf, pdfToBuffer } from '../../../lib/pdf.ts';
import type { BirthdayEntry, BirthdayGroup, BirthdayLabels } from './birthdays.formats.ts';

const SECONDARY = '#444444';
const INDENT = 14;
const MIN_ADDRESS_SIZE = 7;

/**
 * One person's block as a list of lines, so that measuring (to keep the block on one
 * page) and drawing use exactly the same fonts, sizes and gaps.
 */
interface Piece {
  font: 'regular' | 'bold';
  size: number;
  text: string;
  indent: number;
  color: string;
  /** false: drawn on one line exactly as given, shrunk if wider than the page. */
  wrap: boolean;
  gapAfter: number;
}

function personPieces(entry: BirthdayEntry, labels: BirthdayLabels): Piece[] {
  const pieces: Piece[] = [];
  const base = { indent: INDENT, color: '#000000', wrap: false, gapAfter: 0 };
  if (entry.address) {
    // The address is copied onto an envelope by hand: it is printed line by line as
    // given, never re-wrapped or transliterated (Russian post needs it in Cyrillic).
    const lines = [entry.address.recipient, ...entry.address.lines].flatMap((l) => l.split(/\r?\n/));
    lines.forEach((text, i) => pieces.push({ ...base, font: 'regular', size: 10.5, text, gapAfter: i === lines.length - 1 ? 2 : 0 }));
  } else {
    pieces.push({ ...base, font: 'regular', size: 9.5, text: labels.noAddress, color: SECONDARY, wrap: true, gapAfter: 2 });
  }
  if (entry.lettersNote) {
    pieces.push({ ...base, font: 'regular', size: 8.5, text: entry.lettersNote, color: SECONDARY, wrap: true });
  }
  return pieces;
}

const NAME_SIZE = 11;
const BLOCK_GAP = 10;
const HEADING_SIZE = 13;

function nameLine(entry: BirthdayEntry, labels: BirthdayLabels): { name: string; turns: string } {
  return { name: entry.name, turns: entry.age === null ? '' : `  ${labels.turns(entry.age)}` };
}

/** Font size at which a non-wrapping line fits the width (the address must stay one line). */
function fittingSize(doc: PDFKit.PDFDocument, piece: Piece, width: number): number {
  doc.font(piece.font).fontSize(piece.size);
  const natural = doc.widthOfString(piece.text);
  if (natural <= width) return piece.size;
  return Math.max(MIN_ADDRESS_SIZE, Math.floor(((piece.size * width) / natural) * 10) / 10);
}

function pieceHeight(doc: PDFKit.PDFDocument, piece: Piece, width: number): number {
  const w = width - piece.indent;
  if (piece.wrap) {
    doc.font(piece.font).fontSize(piece.size);
    return doc.heightOfString(piece.text, { width: w }) + piece.gapAfter;
  }
  doc.font(piece.font).fontSize(fittingSize(doc, piece, w));
  return doc.currentLineHeight(true) + piece.gapAfter;
}

function blockHeight(doc: PDFKit.PDFDocument, entry: BirthdayEntry, labels: BirthdayLabels, width: number): number {
  const { name, turns } = nameLine(entry, labels);
  // Measured entirely in bold, which is wider than the regular "turns": a safe overestimate.
  doc.font('bold').fontSize(NAME_SIZE);
  let h = doc.heightOfString(name + turns, { width }) + 2;
  for (const p of personPieces(entry, labels)) h += pieceHeight(doc, p, width);
  return h + BLOCK_GAP;
}

function headingHeight(doc: PDFKit.PDFDocument, label: string, width: number): number {
  doc.font('bold').fontSize(HEADING_SIZE);
  return 8 + doc.heightOfString(label, { width }) + 6;
}

function drawBlock(doc: PDFKit.PDFDocument, entry: BirthdayEntry, labels: BirthdayLabels, x: number, width: number): void {
  const { name, turns } = nameLine(entry, labels);
  doc.fillColor('#000000').font('bold').fontSize(NAME_SIZE);
  // The name links to the person page when the PDF is read on screen.
  doc.text(name, x, doc.y, { width, link: entry.url, continued: turns !== '' });
  if (turns) doc.font('regular').fillColor(SECONDARY).text(turns, { link: null });
  let y = doc.y + 2;
  for (const p of personPieces(entry, labels)) {
    const px = x + p.indent;
    const w = width - p.indent;
    doc.fillColor(p.color);
    if (p.wrap) {
      doc.font(p.font).fontSize(p.size).text(p.text, px, y, { width: w });
      y = doc.y + p.gapAfter;
    } else {
      doc.font(p.font).fontSize(fittingSize(doc, p, w));
      doc.text(p.text, px, y, { lineBreak: false });
      y += doc.currentLineHeight(true) + p.gapAfter;
    }
  }
  doc.x = x;
  doc.y = y + BLOCK_GAP;
}

/** Starts a new page unless `height` still fits above the bottom margin. */
function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  const bottom = doc.page.height - doc.page.margins.bottom;
  const top = doc.page.margins.top;
  // A block taller than a whole page cannot be kept together; a new page would not help.
  if (doc.y + height > bottom && doc.y > top) doc.addPage();
}

export async function birthdaysPdf(groups: BirthdayGroup[], labels: BirthdayLabels, lang: string): Promise<Buffer> {
  const doc = createPdf({ title: labels.title, lang });
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font('bold').fontSize(18).fillColor('#000000').text(labels.title, x, doc.page.margins.top, { width });
  doc.moveDown(0.2);
  doc.font('regular').fontSize(10).fillColor(SECONDARY).text(labels.generatedFor, x, doc.y, { width });
  doc.y += 6;

  for (const group of groups) {
    const first = group.entries[0];
    // Keep the day heading with its first person, never alone at the bottom of a page.
    const hh = headingHeight(doc, group.label, width);
    ensureRoom(doc, hh + (first ? blockHeight(doc, first, labels, width) : 0));
    doc.font('bold').fontSize(HEADING_SIZE).fillColor('#000000').text(group.label, x, doc.y + 8, { width });
    doc.y += 6;
    for (const entry of group.entries) {
      ensureRoom(doc, blockHeight(doc, entry, labels, width));
      drawBlock(doc, entry, labels, x, width);
    }
  }

  addPageNumbers(doc);
  return pdfToBuffer(doc);
}

// ---------------------------------------------------------------- CSV
