import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfPages, pdfText, type PdfPage } from '../../../../tests/support/pdf-text.ts';
import { batchPdf, type FacilityGroup, type PrintLetter } from './batch-pdf.ts';

const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };
const OMSK = ['ФКУ ИК-6 УФСИН России по Омской области', 'ул. 2-я Казахстанская, д. 11', 'г. Омск', '644000', 'Россия'];
const MINSK = ['Исправительная колония № 4', 'ул. Советская, д. 1', 'г. Гомель', '246035', 'REPUBLIC OF BELARUS'];

let image: Buffer;
beforeAll(async () => {
  image = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#88aacc' } }).jpeg().toBuffer();
});

function letter(reference: string, extra: Partial<PrintLetter> = {}): PrintLetter {
  return {
    reference,
    kind: 'letter',
    text: 'Здравствуйте! Пишу вам из Берлина. У нас весна, цветут каштаны.',
    original: null,
    signature: 'Анна',
    image: null,
    recipient: { recipient: 'Иванову Ивану Ивановичу, 1980 г.р.', lines: OMSK, verified: true },
    returnAddress: ['Solidarity Post', 'Postfach 10 01 01', '10115 Berlin', 'GERMANY'],
    ...extra,
  };
}

const texts = (p: PdfPage) => p.ops.map((o) => o.text);
const isA4 = (p: PdfPage) => Math.abs(p.width - A4.width) < 0.5 && Math.abs(p.height - A4.height) < 0.5;
const isCover = (p: PdfPage) => texts(p).some((t) => t.startsWith('Писем:'));
/** The pages of one letter: A4, not a cover sheet, with the reference small in the bottom margin. */
const letterPages = (pages: PdfPage[], reference: string) =>
  pages.filter((p) => isA4(p) && !isCover(p) && p.ops.some((o) => o.text === reference && o.y < 50 && o.size < 9));
/** The index of the sequence `lines` among the page's text calls, each line one call, or -1. */
const blockAt = (p: PdfPage, lines: string[]) => texts(p).findIndex((_, i, all) => lines.every((l, k) => all[i + k] === l));

describe('batchPdf', () => {
  it('keeps the groups in the given order, each behind a cover sheet listing its letters', async () => {
    const groups: FacilityGroup[] = [
      { facility: 'ФКУ ИК-6 УФСИН России по Омской области', letters: [letter('SP-00000A'), letter('SP-00000B', { kind: 'postcard' })] },
      { facility: 'Исправительная колония № 4, Гомель', letters: [letter('SP-00000C')] },
    ];
    const pages = pdfPages(await batchPdf({ title: 'Пакет 12', envelope: 'DL', groups }));
    const covers = pages.filter(isCover);
    expect(covers.map((p) => p.number)).toEqual([1, 6]); // cover, (letter, envelope) × 2, cover, letter, envelope
    expect(texts(covers[0])).toEqual(expect.arrayContaining(['Пакет 12', groups[0].facility, 'Писем: 1 · открыток: 1']));
    expect(texts(covers[1])).toEqual(expect.arrayContaining([groups[1].facility, 'Писем: 1']));
    const listed = (p: PdfPage) => texts(p).filter((t) => t.startsWith('SP-'));
    expect(listed(covers[0])).toEqual(['SP-00000A', 'SP-00000B']);
    expect(listed(covers[1])).toEqual(['SP-00000C']);
    expect(texts(covers[0])).toContain('открытка');
    // Each letter follows its own cover, in order.
    const firstPage = (ref: string) => letterPages(pages, ref)[0].number;
    expect([firstPage('SP-00000A'), firstPage('SP-00000B'), firstPage('SP-00000C')]).toEqual([2, 4, 7]);
  });

  it('continues a long cover list onto more pages, every reference listed once and in order', async () => {
    const letters = Array.from({ length: 70 }, (_, i) => letter(`SP-C${String(i).padStart(5, '0')}`));
    const pages = pdfPages(await batchPdf({ title: 'many', envelope: 'labels', groups: [{ facility: 'ИК-6', letters }] }));
    const firstLetter = letterPages(pages, 'SP-C00000')[0].number;
    expect(firstLetter).toBeGreaterThan(2);
    const listed = pages.slice(0, firstLetter - 1).flatMap((p) => texts(p).filter((t) => t.startsWith('SP-C')));
    expect(listed).toEqual(letters.map((l) => l.reference));
    expect(texts(pages[1])).toContain('ИК-6 (продолжение)');
  });

  it('prints a DL envelope after each letter with the exact Cyrillic address, line by line', async () => {
    const groups = [{ facility: 'ИК-6', letters: [letter('SP-3F2A9C'), letter('SP-3F2A9D')] }];
    const pdf = await batchPdf({ title: 'DL', envelope: 'DL', groups });
    const pages = pdfPages(pdf);
    const envelopes = pages.filter((p) => !isA4(p));
    expect(envelopes).toHaveLength(2);
    for (const [i, envelope] of envelopes.entries()) {
      expect(envelope.width).toBeCloseTo(220 * MM, 1);
      expect(envelope.height).toBeCloseTo(110 * MM, 1);
      // Right after its letter, and marked with the same reference.
      const ref = groups[0].letters[i].reference;
      expect(letterPages(pages, ref).at(-1)!.number).toBe(envelope.number - 1);
      expect(texts(envelope)).toContain(ref);
      // Recipient block: dative name first, then every address line verbatim, each its own line.
      const at = blockAt(envelope, ['Иванову Ивану Ивановичу, 1980 г.р.', ...OMSK]);
      expect(at).toBeGreaterThanOrEqual(0);
      const block = envelope.ops.slice(at, at + 1 + OMSK.length);
      // Bottom right: in the right half and the lower half of the envelope (PDF y runs upwards).
      for (const o of block) expect(o.x).toBeGreaterThan(envelope.width * 0.4);
      for (const o of block) expect(o.y).toBeLessThan(envelope.height / 2);
      // Sender lines top left.
      const sender = envelope.ops.find((o) => o.text === 'Solidarity Post')!;
      expect(sender.x).toBeLessThan(envelope.width * 0.2);
      expect(sender.y).toBeGreaterThan(envelope.height / 2);
    }
    expect(pdfText(pdf)).toContain('ФКУ ИК-6 УФСИН России по Омской области\nул. 2-я Казахстанская, д. 11\nг. Омск\n644000\nРоссия');
  });

  it('prints C6 envelopes at 162 × 114 mm and shrinks an over-long address line instead of wrapping it', async () => {
    const long = 'Федеральное казённое учреждение «Исправительная колония № 6 Управления Федеральной службы исполнения наказаний по Омской области»';
    const groups = [{ facility: 'ИК-6', letters: [letter('SP-C60001', { recipient: { recipient: 'Петровой Анне Сергеевне', lines: [long, '644000', 'Россия'], verified: true } })] }];
    const pages = pdfPages(await batchPdf({ title: 'C6', envelope: 'C6', groups }));
    const [envelope] = pages.filter((p) => !isA4(p));
    expect(envelope.width).toBeCloseTo(162 * MM, 1);
    expect(envelope.height).toBeCloseTo(114 * MM, 1);
    const line = envelope.ops.filter((o) => o.text === long);
    expect(line).toHaveLength(1);
    expect(line[0].size).toBeLessThan(envelope.ops.find((o) => o.text === '644000')!.size);
    expect(blockAt(envelope, ['Петровой Анне Сергеевне', long, '644000', 'Россия'])).toBeGreaterThanOrEqual(0);
  });

  it('with labels: no envelope pages, A4 label sheets after each group in letter order', async () => {
    const omsk = Array.from({ length: 15 }, (_, i) => letter(`SP-L${String(i).padStart(5, '0')}`, {
      recipient: { recipient: `Иванову Ивану Ивановичу ${i}, 1980 г.р.`, lines: OMSK, verified: true },
    }));
    const gomel = [letter('SP-G00001', { recipient: { recipient: 'Колесниковой Марии Александровне', lines: MINSK, verified: true } })];
    const pages = pdfPages(await batchPdf({ title: 'labels', envelope: 'labels', groups: [{ facility: 'Омск', letters: omsk }, { facility: 'Гомель', letters: gomel }] }));
    expect(pages.every(isA4)).toBe(true);
    const sheets = pages.filter((p) => !isCover(p) && p.ops.some((o) => o.text === OMSK[0] || o.text === MINSK[0]));
    // 15 labels at 14 a sheet, then the second group's one label; each sheet after its group's letters.
    expect(sheets.map((s) => s.ops.filter((o) => o.text === OMSK[0] || o.text === MINSK[0]).length)).toEqual([14, 1, 1]);
    expect(sheets[0].number).toBeGreaterThan(letterPages(pages, 'SP-L00014')[0].number);
    expect(sheets[2].number).toBeGreaterThan(letterPages(pages, 'SP-G00001')[0].number);
    expect(sheets[1].number).toBeLessThan(pages.findIndex((p) => texts(p).includes('Гомель')) + 1);
    const recipients = sheets.slice(0, 2).flatMap((s) => texts(s).filter((t) => t.startsWith('Иванову')));
    expect(recipients).toEqual(omsk.map((l) => l.recipient.recipient));
    for (const l of omsk) expect(blockAt(sheets[l === omsk[14] ? 1 : 0], [l.recipient.recipient, ...OMSK])).toBeGreaterThanOrEqual(0);
    expect(blockAt(sheets[2], ['Колесниковой Марии Александровне', ...MINSK])).toBeGreaterThanOrEqual(0);
  });

  it('prints the translation, signature and the original under a heading only when the original is given', async () => {
    const groups = [{ facility: 'ИК-6', letters: [
      letter('SP-TR0001', { text: 'Здравствуйте! Это перевод.', original: 'Hallo! Das ist das Original.', signature: 'Anna' }),
      letter('SP-TR0002', { text: 'Письмо без оригинала.', original: '', signature: null }),
      letter('SP-TR0003', { kind: 'postcard', text: 'С днём рождения!', original: 'Alles Gute zum Geburtstag!' }),
    ] }];
    const pages = pdfPages(await batchPdf({ title: 'orig', envelope: 'DL', groups }));
    const of = (ref: string) => letterPages(pages, ref).flatMap(texts);
    expect(of('SP-TR0001')).toEqual(expect.arrayContaining(['Перевод', 'Здравствуйте! Это перевод.', 'Anna', 'Оригинал письма', 'Hallo! Das ist das Original.']));
    const first = of('SP-TR0001');
    expect(first.indexOf('Здравствуйте! Это перевод.')).toBeLessThan(first.indexOf('Anna'));
    expect(first.indexOf('Anna')).toBeLessThan(first.indexOf('Оригинал письма'));
    expect(first.indexOf('Оригинал письма')).toBeLessThan(first.indexOf('Hallo! Das ist das Original.'));
    expect(of('SP-TR0002')).toContain('Письмо без оригинала.');
    expect(of('SP-TR0002').some((t) => /Перевод|Оригинал/.test(t))).toBe(false);
    expect(of('SP-TR0003')).toEqual(expect.arrayContaining(['Перевод', 'Оригинал открытки', 'Alles Gute zum Geburtstag!']));
  });

  it('flows a letter longer than a page onto more pages, each with its reference at the foot', async () => {
    const paragraph = 'Дорогой друг, пишу тебе снова. Здесь всё по-прежнему: работа, книги, прогулки вдоль реки. ';
    const groups = [{ facility: 'ИК-6', letters: [letter('SP-LONG01', { text: paragraph.repeat(80), signature: null }), letter('SP-SHORT1')] }];
    const pages = pdfPages(await batchPdf({ title: 'long', envelope: 'DL', groups }));
    const long = letterPages(pages, 'SP-LONG01');
    expect(long.length).toBeGreaterThanOrEqual(2);
    expect(long.map((p) => p.number)).toEqual(long.map((_, i) => long[0].number + i)); // consecutive
    // Every page carries body text above the footer, and nothing runs into the bottom margin.
    for (const p of long) {
      expect(p.ops.filter((o) => o.size > 10).length).toBeGreaterThan(5);
      for (const o of p.ops.filter((o) => o.text !== 'SP-LONG01' && !/^\d+\/\d+$/.test(o.text))) expect(o.y).toBeGreaterThan(60);
    }
    expect(letterPages(pages, 'SP-SHORT1')).toHaveLength(1);
    // No words lost in the flow: the body lines put back together give the text.
    const body = long.flatMap((p) => p.ops.filter((o) => o.size > 10).map((o) => o.text)).join('');
    expect(body.replace(/\s+/g, ' ').trim()).toBe(paragraph.repeat(80).trim());
  });

  it('embeds an image only for the letter that has one, on its own page', async () => {
    const groups = [{ facility: 'ИК-6', letters: [letter('SP-IMG001', { image }), letter('SP-NOIMG1')] }];
    const pages = pdfPages(await batchPdf({ title: 'img', envelope: 'DL', groups }));
    const withImage = pages.filter((p) => p.images > 0);
    expect(withImage).toHaveLength(1);
    expect(letterPages(pages, 'SP-IMG001').map((p) => p.number)).toContain(withImage[0].number);
    // Its own page: nothing on it but the footer.
    expect(texts(withImage[0]).every((t) => t === 'SP-IMG001' || /^\d+\/\d+$/.test(t))).toBe(true);
    expect(letterPages(pages, 'SP-NOIMG1').every((p) => p.images === 0)).toBe(true);

    const without = await batchPdf({ title: 'no img', envelope: 'DL', groups: [{ facility: 'ИК-6', letters: [letter('SP-NOIMG2')] }] });
    expect(without.toString('latin1')).not.toContain('/Subtype /Image');
  });

  it('keeps Belarusian, Ukrainian and typographic characters intact in the extracted text', async () => {
    const line = 'Ёлка, йод, № 5, «цітаты» — Ўладзімір, Їжак, Єва, Ґанок… 1 ½';
    const groups = [{ facility: 'Віцебск', letters: [letter('SP-GLYPH1', { text: line, recipient: { recipient: 'Ўладзіміру Ґанку', lines: MINSK, verified: false } })] }];
    const pdf = await batchPdf({ title: 'glyphs', envelope: 'DL', groups });
    const all = pdfText(pdf).split('\n');
    expect(all).toContain(line);
    expect(all).toContain('Ўладзіміру Ґанку');
    expect(all).toContain('Віцебск');
    // An address only as a source published it is flagged to the mailer on the cover sheet.
    expect(all).toContain('адрес не проверен — сверьте перед отправкой');
  });
});
