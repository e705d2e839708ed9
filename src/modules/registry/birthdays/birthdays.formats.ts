/**
 * Output formats of the upcoming-birthdays list: PDF (to print and write cards from),
 * CSV (spreadsheets) and iCalendar (subscribe once, get reminded every year).
 * Pure functions: the caller has already queried, translated and formatted everything.
 */
import { toCsv } from '../../../lib/csv.ts';
import { icalCalendar, type IcalEvent } from '../../../lib/ical.ts';
import { addPageNumbers, createPdf, pdfToBuffer } from '../../../lib/pdf.ts';

/** lines are already in order; the last line is the country in Latin capitals. */
export interface AddressBlock {
  recipient: string;
  lines: string[];
}

export interface BirthdayEntry {
  /** YYYY-MM-DD of the upcoming birthday. */
  date: string;
  slug: string;
  name: string;
  /** The age they turn; null if the birth year is unknown. */
  age: number | null;
  /** Absolute URL of the person page. */
  url: string;
  address: AddressBlock | null;
  /** e.g. "Letters from strangers may not reach this person", already translated. */
  lettersNote: string | null;
}

export interface BirthdayGroup {
  date: string;
  /** Already formatted in the user's language, e.g. "Saturday, 5 December". */
  label: string;
  entries: BirthdayEntry[];
}

export interface BirthdayLabels {
  title: string;
  /** "turns 34", translated. */
  turns: (age: number) => string;
  noAddress: string;
  /** e.g. "5 December 2026 – 3 February 2027". */
  generatedFor: string;
}

export interface BirthdayIcalEntry {
  uid: string;
  month: number;
  day: number;
  summary: string;
  description: string;
  url: string;
  nextDate: string;
}

// ---------------------------------------------------------------- PDF

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

/** One row per person; the address lines share one cell, separated by newlines. */
export function birthdaysCsv(
  groups: BirthdayGroup[],
  header: { date: string; name: string; age: string; address: string; url: string },
): string {
  const rows = groups.flatMap((g) =>
    g.entries.map((e) => [
      e.date,
      e.name,
      e.age,
      e.address ? [e.address.recipient, ...e.address.lines].join('\n') : null,
      e.url,
    ]),
  );
  return toCsv([header.date, header.name, header.age, header.address, header.url], rows);
}

// ---------------------------------------------------------------- iCalendar

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A plain yearly rule on 29 February fires only in leap years (RFC 5545 drops invalid
 * dates), so such birthdays recur on the last day of February instead, starting in the
 * February of the year of nextDate (whatever day the caller chose in a common year).
 */
function icalEvent(e: BirthdayIcalEntry): IcalEvent {
  const base = { uid: e.uid, summary: e.summary, description: e.description, url: e.url };
  if (e.month === 2 && e.day === 29) {
    const year = Number(e.nextDate.slice(0, 4));
    const lastDay = new Date(Date.UTC(year, 2, 0)).getUTCDate();
    return { ...base, date: `${year}-02-${pad2(lastDay)}`, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' };
  }
  return { ...base, date: e.nextDate, yearly: true };
}

/** Yearly recurring all-day events, one per person. */
export function birthdaysIcal(
  entries: BirthdayIcalEntry[],
  opts: { prodId: string; name: string; now?: Date },
): string {
  return icalCalendar({ prodId: opts.prodId, name: opts.name, now: opts.now, events: entries.map(icalEvent) });
}
