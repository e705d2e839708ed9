import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PhotoRefused, reencodePhoto } from './images.ts';

/** A small JPEG as a phone writes it: EXIF with the camera owner, a GPS position, a date, and a sideways orientation. */
async function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 60, height: 40, channels: 3, background: '#3a6' } })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'Secret Owner Name', Make: 'PhoneMaker' },
      IFD2: { DateTimeOriginal: '2026:01:02 03:04:05' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '27/1 33/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

describe('photo re-encoding', () => {
  it('writes a new JPEG without any of the original metadata, turned upright', async () => {
    const input = await phoneJpeg();
    expect(input.includes('Secret Owner Name')).toBe(true);
    expect((await sharp(input).metadata()).orientation).toBe(6);
    const photo = await reencodePhoto(input);
    const meta = await sharp(photo.data).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(photo.data.includes('Secret Owner Name')).toBe(false);
    expect(photo.data.includes('PhoneMaker')).toBe(false);
    // Orientation 6 means "rotate 90°": the stored photo is upright, so its sides swap.
    expect([photo.width, photo.height]).toEqual([40, 60]);
  });

  it('scales a large picture down and keeps a small one as it is', async () => {
    const big = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#888' } }).png().toBuffer();
    expect(await reencodePhoto(big)).toMatchObject({ width: 1200, height: 600 });
    const small = await sharp({ create: { width: 30, height: 20, channels: 4, background: '#0000' } }).png().toBuffer();
    expect(await reencodePhoto(small)).toMatchObject({ width: 30, height: 20 });
  });

  it('refuses what is not a picture, and pictures with more pixels than allowed', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    for (const input of [Buffer.from('not an image at all'), svg, Buffer.alloc(0)]) {
      await expect(reencodePhoto(input)).rejects.toMatchObject({ code: 'photo.not_image' });
    }
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer();
    await expect(reencodePhoto(png, { maxPixels: 100 })).rejects.toBeInstanceOf(PhotoRefused);
    await expect(reencodePhoto(png, { maxPixels: 100 })).rejects.toMatchObject({ code: 'photo.too_many_pixels' });
  });
});
