// Files sent with a form (multipart), as the routes see them: the bytes, and whether the file was cut off
// at the size limit, so the form can say so in the user's language instead of failing the request.
import type { MultipartFile } from '@fastify/multipart';

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
