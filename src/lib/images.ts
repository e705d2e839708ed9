// Photos are never kept as uploaded: decoded, turned upright, scaled down and encoded again as a new JPEG,
// which carries none of the original's metadata (location, camera, dates, names in EXIF, XMP or IPTC).
import sharp, { type Metadata } from 'sharp';

export interface Photo {
  data: Buffer;
  width: number;
  height: number;
}

/** The file could not be used as a photo; `code` says why, as a message key. */
export class PhotoRefused extends Error {
  constructor(readonly code: 'photo.not_image' | 'photo.too_many_pixels') {
    super(code);
  }
}

/** Formats a photo may come in. Not SVG or PDF: those are programs for a renderer, not pictures. */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff']);
/** Larger than any phone camera; a small file claiming more is a decompression bomb. */
const MAX_INPUT_PIXELS = 50_000_000;
/** The longest side of a stored photo: enough for a profile page and a print. */
const MAX_SIDE = 1200;

export async function reencodePhoto(input: Buffer, opts: { maxPixels?: number } = {}): Promise<Photo> {
  const maxPixels = opts.maxPixels ?? MAX_INPUT_PIXELS;
  let meta: Metadata;
  try {
    meta = await sharp(input).metadata();
  } catch {
    throw new PhotoRefused('photo.not_image');
  }
  if (!meta.format || !ACCEPTED.has(meta.format)) throw new PhotoRefused('photo.not_image');
  if ((meta.width ?? 0) * (meta.height ?? 0) > maxPixels) throw new PhotoRefused('photo.too_many_pixels');
  try {
    const { data, info } = await sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
      .rotate() // applies the EXIF orientation, which is about to be dropped with the rest
      .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new PhotoRefused('photo.not_image');
  }
}

/**
 * A square thumbnail of a photo already re-encoded by reencodePhoto, cropped around what stands out
 * (usually a face) and encoded again, so it too carries nothing but pixels.
 */
export async function squareThumbnail(photo: Buffer, side: number): Promise<Photo> {
  const { data, info } = await sharp(photo, { failOn: 'error' })
    .resize(side, side, { fit: 'cover', position: sharp.strategy.attention, withoutEnlargement: false })
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
