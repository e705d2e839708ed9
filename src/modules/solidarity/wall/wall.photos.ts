// A wall photo as the upload makes it: the file re-encoded (lib/images.ts: turned upright, at most
// WALL_PHOTO_SIDE, no metadata of any kind) and a square thumbnail made from that re-encoded copy.
// The original bytes are never written anywhere; they leave memory with the request.
import { squareThumbnail, type Photo } from '../../../lib/images.ts';
import { uploadedPhoto, type PhotoProblem } from '../../../lib/uploads.ts';
import { WALL_THUMB_SIDE } from './wall.model.ts';

export interface WallPhoto {
  photo: Photo;
  thumb: Photo;
}

export async function wallPhotoFromUpload(upload: unknown): Promise<{ ok: WallPhoto } | { problem: PhotoProblem }> {
  const result = await uploadedPhoto(upload);
  if ('problem' in result) return result;
  return { ok: { photo: result.photo, thumb: await squareThumbnail(result.photo.data, WALL_THUMB_SIDE) } };
}
