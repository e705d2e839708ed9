// Files sent with a form (multipart), as the routes see them: the bytes, and whether the file was cut off
// at the size limit, so the form can say so in the user's language instead of failing the request.
import type { MultipartFile } from '@fastify/multipart';
import { PhotoRefused, reencodePhoto, squareThumbnail, type Photo } from './images.ts';

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

export interface Upload {
  data: Buffer;
  tooLarge: boolean;
}

export function isUpload(value: unknown): value is Upload {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as Upload).data) && typeof (value as Upload).tooLarge === 'boolean';
}

/** The multipart plugin's onFile: reads the file (at most the limit) into the request body as an Upload. */
export async function keepUpload(part: MultipartFile & { value?: unknown }): Promise<void> {
  const data = await part.toBuffer();
  part.value = { data, tooLarge: part.file.truncated } satisfies Upload;
}

/** Why an uploaded photo cannot be used; each is the tail of a message key (`registry.photo.too_large`). */
export type PhotoProblem = 'photo.required' | 'photo.too_large' | PhotoRefused['code'];

/** An uploaded photo, re-encoded (lib/images.ts), or why it cannot be used. */
export async function uploadedPhoto(value: unknown): Promise<{ photo: Photo } | { problem: PhotoProblem }> {
  if (!isUpload(value) || value.data.length === 0) return { problem: 'photo.required' };
  if (value.tooLarge) return { problem: 'photo.too_large' };
  try {
    return { photo: await reencodePhoto(value.data) };
  } catch (err) {
    if (err instanceof PhotoRefused) return { problem: err.code };
    throw err;
  }
}

/**
 * A photo to show in a gallery (the solidarity wall, event reports): re-encoded as above and a square
 * thumbnail made from that re-encoded copy. The original bytes are never written anywhere; they leave
 * memory with the request.
 */
export async function uploadedPhotoWithThumbnail(value: unknown, thumbSide: number): Promise<{ photo: Photo; thumb: Photo } | { problem: PhotoProblem }> {
  const result = await uploadedPhoto(value);
  if ('problem' in result) return result;
  return { photo: result.photo, thumb: await squareThumbnail(result.photo.data, thumbSide) };
}

/** Whether the form carried a file at all (an empty file input sends an empty part). */
export function hasUpload(value: unknown): boolean {
  return isUpload(value) && value.data.length > 0;
}
