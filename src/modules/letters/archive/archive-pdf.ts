/**
 * The archive copy for a released person: a cover page with their name, then each letter on its own
 * page in the order it was posted: the words as written, the translation that was posted, the
 * signature and the drawing. Imported by the route on first use (pdfkit is slow to load).
 */
import { addPageNumbers, createPdf, pdfToBuffer } from '../../../lib/pdf.ts';
import type { ArchivedLetter } from './archive.service.ts';

export interface ArchivePdfLabels {
  title: string;
  /** The person's name and its other spellings. */
  names: string[];
  intro: string;
  count: string;
  letterHeading: (letter: ArchivedLetter) => string;
  original: string;
  translation: string;
  codeNote: string;
}

const SECONDARY = '#444444';
/** Below this much room a picture starts a new page rather than shrinking to a stamp. */
const MIN_IMAGE_HEIGHT = 160;

export async function archivePdf(letters: ArchivedLetter[], labels: ArchivePdfLabels, deletionCode: string, lang: string): Promise<Buffer> {
  const doc = createPdf({ title: labels.title, lang });
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  doc.font('bold').fontSize(20).fillColor('#000000').text(labels.title, x, doc.page.margins.top + 120, { width, align: 'center' });
  doc.moveDown(0.6);
  const [name, ...others] = labels.names;
  doc.font('bold').fontSize(16).text(name, { width, align: 'center' });
  if (others.length) doc.font('regular').fontSize(11).fillColor(SECONDARY).text(others.join(' · '), { width, align: 'center' });
  doc.moveDown(2);
  doc.font('regular').fontSize(11).fillColor('#000000').text(labels.intro, { width, align: 'center' });
  doc.moveDown(0.6);
  doc.text(labels.count, { width, align: 'center' });
  // For the coordinator, out of the way at the foot of the cover: typing it confirms the deletion.
  doc.font('regular').fontSize(8).fillColor(SECONDARY).text(`${labels.codeNote} ${deletionCode}`, x, bottom() - 30, { width, align: 'center' });

  for (const letter of letters) {
    doc.addPage();
    doc.font('bold').fontSize(13).fillColor('#000000').text(labels.letterHeading(letter), x, doc.page.margins.top, { width });
    doc.moveDown(0.6);
    if (letter.translation) section(doc, labels.original, x, width);
    doc.font('regular').fontSize(11).fillColor('#000000').text(letter.text, x, doc.y, { width });
    if (letter.signature) doc.moveDown(0.4).text(letter.signature, x, doc.y, { width, align: 'right' });
    if (letter.translation) {
      doc.moveDown(1);
      section(doc, labels.translation, x, width);
      doc.font('regular').fontSize(11).fillColor('#000000').text(letter.translation, x, doc.y, { width });
    }
    if (letter.image) {
      doc.moveDown(1);
      if (bottom() - doc.y < MIN_IMAGE_HEIGHT) doc.addPage();
      const top = doc.y;
      doc.image(letter.image, x, top, { fit: [width, bottom() - top], align: 'center' });
    }
  }

  addPageNumbers(doc);
  return pdfToBuffer(doc);
}

function section(doc: PDFKit.PDFDocument, label: string, x: number, width: number): void {
  doc.font('bold').fontSize(9).fillColor(SECONDARY).text(label.toUpperCase(), x, doc.y, { width });
  doc.moveDown(0.2);
}
