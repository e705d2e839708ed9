// PRINT BATCH benchmark: the mailer's PDF for 1,000 letters of about 2,000 Russian characters each, in 20
// facilities, one in ten with a 1200-px photo re-encoded as uploads are, with a DL envelope after each
// letter. Target (issue 4): under 15 s. Called from run.ts; prints through its `bench`.
import sharp from 'sharp';
import { reencodePhoto } from '../../src/lib/images.ts';
import { batchPdf, type FacilityGroup, type PrintLetter } from '../../src/modules/letters/mail/batch-pdf.ts';
import { loadCorpus } from '../../src/modules/letters/safety/corpus/evaluate.ts';

type Bench = (name: string, value: number, unit: string) => void;

const LETTERS = 1000;
const FACILITIES = 20;
const log = (msg: string) => console.error(`[print-batch bench] ${msg}`);

/** A photo-like picture (noise, softened) so the JPEG is as large as a real drawing or photo would be. */
async function photo(): Promise<Buffer> {
  const raw = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#b0a080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.2)
    .png()
    .toBuffer();
  return (await reencodePhoto(raw)).data;
}

/** Harmless corpus letters run together, starting at a different one each time so line breaks differ. */
function russianTexts(count: number): string[] {
  const harmless = loadCorpus('ru').harmless;
  return Array.from({ length: count }, (_, i) => {
    const parts: string[] = [];
    for (let k = i; parts.join('\n\n').length < 2000; k++) parts.push(harmless[k % harmless.length]);
    return parts.join('\n\n').slice(0, 2000);
  });
}

function buildBatch(letterCount: number, image: Buffer): FacilityGroup[] {
  const texts = russianTexts(letterCount);
  const groups: FacilityGroup[] = Array.from({ length: FACILITIES }, (_, f) => ({ facility: `ФКУ ИК-${f + 1} УФСИН России по Омской области`, letters: [] }));
  for (let i = 0; i < letterCount; i++) {
    const f = i % FACILITIES;
    const letter: PrintLetter = {
      reference: `SP-${(0x3f2a9c + i).toString(16).toUpperCase()}`,
      kind: i % 7 === 0 ? 'postcard' : 'letter',
      text: i % 7 === 0 ? texts[i].slice(0, 400) : texts[i],
      original: i % 5 === 0 ? texts[(i + 1) % letterCount].slice(0, 1200) : null,
      signature: 'С теплом, Анна из Берлина',
      image: i % 10 === 0 ? image : null,
      recipient: {
        recipient: `Иванову Ивану Ивановичу, ${1960 + (i % 40)} г.р.`,
        lines: [groups[f].facility, `ул. Ленина, д. ${f + 1}`, 'г. Омск', 'Омская область', `6440${String(f).padStart(2, '0')}`, 'Россия'],
        verified: true,
      },
      returnAddress: ['Solidarity Post', 'Postfach 10 01 01', '10115 Berlin', 'GERMANY'],
    };
    groups[f].letters.push(letter);
  }
  return groups;
}

export async function printBatchBenchmarks(bench: Bench) {
  const image = await photo();
  log(`photo: ${(image.length / 1024).toFixed(0)} KB`);
  // Warm-up: pdfkit's first document pays for loading and parsing the fonts once per process.
  await batchPdf({ title: 'warm-up', envelope: 'DL', groups: buildBatch(20, image) });
  const groups = buildBatch(LETTERS, image);
  const t0 = performance.now();
  const pdf = await batchPdf({ title: 'Пакет 1000', envelope: 'DL', groups });
  const ms = performance.now() - t0;
  bench('print_batch_1000_letters_with_envelopes', ms, 'ms');
  bench('print_batch_1000_letters_pdf_size', pdf.length / 1024 / 1024, 'MB');
}
