/**
 * Addresses in the print batch: envelope blocks and A4 label sheets. An address is copied exactly as the
 * registry gives it: each line is one text call, never wrapped or hyphenated; a line too long for its box
 * is drawn smaller instead, so the post office (and the PDF's text) sees it verbatim.
 */
import type { AddressBlock } from '../../registry/address.ts';

export const MM = 72 / 25.4;

/** Font size at which `text` fits `width` on one line, never below `min`. */
export function fittingSize(doc: PDFKit.PDFDocument, font: 'regular' | 'bold', text: string, size: number, width: number, min: number): number {
  doc.font(font).fontSize(size);
  const natural = doc.widthOfString(text);
  if (natural <= width) return size;
  return Math.max(min, Math.floor(((size * width) / natural) * 10) / 10);
}

/** One text call per line, top-down from `y`, each line shrunk on its own if it is wider than the box. */
export function drawAddressLines(
  doc: PDFKit.PDFDocument,
  lines: string[],
  box: { x: number; y: number; width: number; size: number; color: string },
): void {
  doc.font('regular').fontSize(box.size);
  const lineHeight = doc.currentLineHeight(true);
  let y = box.y;
  for (const line of lines.flatMap((l) => l.split(/\r?\n/))) {
    doc.fontSize(fittingSize(doc, 'regular', line, box.size, box.width, 5)).fillColor(box.color);
    doc.text(line, box.x, y, { lineBreak: false });
    y += lineHeight;
  }
}

/** Avery L7163 and the like: 2 × 7 labels of 99.1 × 38.1 mm on A4, no gap between rows. */
const LABEL = {
  columns: 2,
  rows: 7,
  width: 99.1 * MM,
  height: 38.1 * MM,
  left: 4.65 * MM,
  top: 15.15 * MM,
  columnGap: 2.5 * MM,
  padX: 5 * MM,
  padY: 4 * MM,
};
const LABEL_SIZE = 10;
const LABEL_MIN_SIZE = 6;

interface Labelled {
  reference: string;
  recipient: AddressBlock;
}

function drawLabel(doc: PDFKit.PDFDocument, item: Labelled, x: number, y: number): void {
  const lines = [item.recipient.recipient, ...item.recipient.lines].flatMap((l) => l.split(/\r?\n/));
  const width = LABEL.width - 2 * LABEL.padX;
  // Room for every line above the reference: a seven-line Russian address fits at 9 pt.
  const room = LABEL.height - 2 * LABEL.padY - 5;
  doc.font('regular').fontSize(LABEL_SIZE);
  const perPoint = doc.currentLineHeight(true) / LABEL_SIZE;
  const size = Math.max(LABEL_MIN_SIZE, Math.min(LABEL_SIZE, Math.floor((room / (lines.length * perPoint)) * 10) / 10));
  drawAddressLines(doc, lines, { x: x + LABEL.padX, y: y + LABEL.padY, width, size, color: '#000000' });
  doc.font('regular').fontSize(5).fillColor('#444444');
  const refX = x + LABEL.width - LABEL.padX - doc.widthOfString(item.reference);
  doc.text(item.reference, refX, y + LABEL.height - LABEL.padY - 3, { lineBreak: false });
}

/** A4 sheets of labels, one per letter, in the letters' order; each sheet starts on a new page. */
export function drawLabelSheets(doc: PDFKit.PDFDocument, items: Labelled[]): void {
  const perSheet = LABEL.columns * LABEL.rows;
  items.forEach((item, i) => {
    const slot = i % perSheet;
    if (slot === 0) doc.addPage({ size: 'A4', margin: 0 });
    const column = slot % LABEL.columns;
    const row = Math.floor(slot / LABEL.columns);
    drawLabel(doc, item, LABEL.left + column * (LABEL.width + LABEL.columnGap), LABEL.top + row * LABEL.height);
  });
}
