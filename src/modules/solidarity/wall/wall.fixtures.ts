// Test pictures (used by the wall's tests, its e2e journey and its benchmark): a JPEG carrying every kind
// of metadata a phone or an editor leaves in a file, so the tests can prove none of it survives.
import { deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

/** Words and numbers planted in the metadata; the tests search the stored bytes for them. */
export const PLANTED = {
  artist: 'Secret Owner Name',
  comment: 'Hidden comment from the camera',
  xmp: 'Secret XMP Creator',
  iptc: 'Secret IPTC Byline',
  thumbnailColour: '#ff00ff',
  gpsDatum: 'GPS WGS-84',
};

type Entry = { tag: number; type: number; count: number; data: Buffer };
const SHORT = 3;
const LONG = 4;
const ASCII = 2;
const RATIONAL = 5;

const short = (tag: number, v: number): Entry => ({ tag, type: SHORT, count: 1, data: Buffer.from([v & 0xff, v >> 8, 0, 0]) });
const long = (tag: number, v: number): Entry => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v);
  return { tag, type: LONG, count: 1, data: b };
};
const ascii = (tag: number, s: string): Entry => ({ tag, type: ASCII, count: s.length + 1, data: Buffer.from(`${s}\0`, 'latin1') });
const rationals = (tag: number, values: [number, number][]): Entry => {
  const b = Buffer.alloc(values.length * 8);
  values.forEach(([n, d], i) => (b.writeUInt32LE(n, i * 8), b.writeUInt32LE(d, i * 8 + 4)));
  return { tag, type: RATIONAL, count: values.length, data: b };
};

/** Lays out IFDs (little-endian TIFF) one after the other, each followed by its out-of-line values. */
function tiff(ifds: ((offsets: number[]) => Entry[])[], thumbnail: Buffer): Buffer {
  // Two passes: the first finds where each IFD starts (sizes do not depend on the offsets), the second writes.
  const sizeOf = (entries: Entry[]) => 2 + entries.length * 12 + 4 + entries.reduce((n, e) => n + (e.data.length > 4 ? e.data.length + (e.data.length % 2) : 0), 0);
  const offsets: number[] = [];
  let at = 8;
  for (const build of ifds) {
    offsets.push(at);
    at += sizeOf(build(ifds.map(() => 0).concat(0)));
  }
  const thumbAt = at;
  offsets.push(thumbAt);
  const out = Buffer.alloc(thumbAt + thumbnail.length);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(8, 4);
  ifds.forEach((build, i) => {
    const entries = build(offsets).sort((a, b) => a.tag - b.tag);
    let p = offsets[i];
    let extra = p + 2 + entries.length * 12 + 4;
    out.writeUInt16LE(entries.length, p);
    p += 2;
    for (const e of entries) {
      out.writeUInt16LE(e.tag, p);
      out.writeUInt16LE(e.type, p + 2);
      out.writeUInt32LE(e.count, p + 4);
      if (e.data.length <= 4) e.data.copy(out, p + 8);
      else {
        out.writeUInt32LE(extra, p + 8);
        e.data.copy(out, extra);
        extra += e.data.length + (e.data.length % 2);
      }
      p += 12;
    }
    // IFD0 links to IFD1 (the thumbnail's); the others end the chain.
    out.writeUInt32LE(i === 0 ? offsets[2] : 0, p);
  });
  thumbnail.copy(out, thumbAt);
  return out;
}

/** An EXIF block as a phone writes it: owner, orientation, GPS position, and a thumbnail of its own. */
function exifWithGpsAndThumbnail(orientation: number, thumbnail: Buffer): Buffer {
  const body = tiff(
    [
      (o) => [short(0x0112, orientation), ascii(0x013b, PLANTED.artist), ascii(0x010f, 'PhoneMaker'), long(0x8825, o[1])],
      () => [ascii(0x0001, 'N'), rationals(0x0002, [[53, 1], [54, 1], [2712, 100]]), ascii(0x0003, 'E'), rationals(0x0004, [[27, 1], [33, 1], [1234, 100]]), ascii(0x0012, PLANTED.gpsDatum)],
      (o) => [short(0x0103, 6), long(0x0201, o[3]), long(0x0202, thumbnail.length)],
    ],
    thumbnail,
  );
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), body]);
}

const segment = (marker: number, payload: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};

/** IPTC by-line in a Photoshop APP13 block, as editors write it. */
function iptcBlock(): Buffer {
  const byline = Buffer.from(PLANTED.iptc, 'latin1');
  const record = Buffer.concat([Buffer.from([0x1c, 2, 80, byline.length >> 8, byline.length & 0xff]), byline]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(record.length);
  const resource = Buffer.concat([Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0]), size, record, record.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
  return Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
}

const XMP = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${PLANTED.xmp}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** Noise, so the picture is not a flat colour (and a photo-sized one compresses like a photo). */
export async function noisyPicture(width: number, height: number): Promise<Sharp> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let i = 0; i < raw.length; i += 3) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    raw[i] = (x * 255) / width + (seed & 31);
    raw[i + 1] = (y * 255) / height + ((seed >> 5) & 31);
    raw[i + 2] = 128 + ((seed >> 10) & 63);
  }
  return sharp(raw, { raw: { width, height, channels: 3 } });
}

/**
 * A JPEG as a phone and an editor leave it: EXIF with the owner, a GPS position, an orientation (6: the
 * camera was turned, the picture must be rotated 90°) and an embedded thumbnail; XMP; an ICC profile
 * (Display P3); IPTC; and a JPEG comment. `width` × `height` are the stored (sideways) pixels.
 */
export async function phoneJpeg(opts: { width?: number; height?: number; orientation?: number } = {}): Promise<Buffer> {
  const width = opts.width ?? 120;
  const height = opts.height ?? 80;
  const thumbnail = await sharp({ create: { width: 16, height: 12, channels: 3, background: PLANTED.thumbnailColour } }).jpeg().toBuffer();
  const base = await (await noisyPicture(width, height)).withIccProfile('p3').withXmp(XMP).jpeg({ quality: 90 }).toBuffer();
  // Spliced right after the start-of-image marker: EXIF first (where readers look for it), then IPTC and the comment.
  const extra = Buffer.concat([
    segment(0xe1, exifWithGpsAndThumbnail(opts.orientation ?? 6, thumbnail)),
    segment(0xed, iptcBlock()),
    segment(0xfe, Buffer.from(PLANTED.comment, 'latin1')),
  ]);
  return Buffer.concat([base.subarray(0, 2), extra, base.subarray(2)]);
}

/** A PNG whose header claims more pixels than allowed, with no pixel data: refused before anything is decoded. */
export function pixelBombPng(width = 10_000, height = 10_000): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  // One row of pixel data only: enough for a reader to accept the header, far too little for the picture.
  const idat = deflateSync(Buffer.alloc(1 + width * 3));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** A minimal PDF: not a picture. */
export const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
export const TINY_SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="red"/></svg>');
