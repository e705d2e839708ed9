/**
 * pdfkit helpers with an embedded DejaVu Sans: pdfkit's built-in fonts (Helvetica etc.)
 * only cover WinAnsi, so Cyrillic names and addresses would come out as garbage.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

interface FontFiles {
  regular: Buffer;
  bold: Buffer;
}

let fontCache: FontFiles | null = null;

/**
 * Reads the TTF files once per process; every later document reuses the buffers.
 * Resolved through the package so it works whatever the working directory is.
 */
function fonts(): FontFiles {
  if (!fontCache) {
    const pkg = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
    const dir = path.join(path.dirname(pkg), 'ttf');
    fontCache = {
      regular: readFileSync(path.join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')),
    };
  }
  return fontCache;
}

export const PDF_MARGINS = { top: 50, bottom: 60, left: 56, right: 56 };

/**
 * A4 document with fonts 'regular' and 'bold' registered and 'regular' selected.
 * Pages are buffered so callers can go back and add footers (see addPageNumbers).
 * Metadata: Title and Lang only; pdfkit itself adds Producer/Creator and a
 * CreationDate (it needs the latter to derive the file ID and XMP block).
 */
export function createPdf(opts: { title: string; lang: string }): PDFKit.PDFDocument {
  const f = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: PDF_MARGINS,
    bufferPages: true,
    lang: opts.lang,
    displayTitle: true,
    info: { Title: opts.title },
  });
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  doc.font('regular');
  return doc;
}

/**
 * Writes "n / total" centred in the bottom margin of every buffered page.
 * Call once, after all content and before pdfToBuffer.
 */
export function addPageNumbers(doc: PDFKit.PDFDocument, fontSize = 8): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const label = `${i + 1} / ${range.count}`;
    doc.font('regular').fontSize(fontSize).fillColor('#444444');
    const x = (doc.page.width - doc.widthOfString(label)) / 2;
    const y = doc.page.height - doc.page.margins.bottom / 2 - fontSize / 2;
    // lineBreak: false draws without the line wrapper, which would otherwise see text
    // below the bottom margin and add a new page.
    doc.text(label, x, y, { lineBreak: false });
  }
}

/** Ends the document and collects its bytes. Do not call doc.end() yourself. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
