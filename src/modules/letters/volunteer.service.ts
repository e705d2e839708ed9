import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { notFound } from '../../app/errors.ts';
import type { LetterState } from './letters.model.ts';
import { findQueuedLetter } from './queue.repository.ts';
import { letterKey, openSealedFile } from './sealed.ts';
import { letterIdSchema } from './review/review.schemas.ts';

/** The letter id in a queue route's path; anything else is a page that does not exist. */
export function letterIdOf(params: unknown): string {
  const id = letterIdSchema.safeParse(params);
  if (!id.success) throw notFound();
  return id.data.id;
}

/** The outcome a queue page announces after a redirect (`?done=approve`): a word, never free text. */
export function doneOf(req: FastifyRequest): string | undefined {
  const done = (req.query as { done?: unknown } | undefined)?.done;
  return typeof done === 'string' && /^[a-z_]{1,20}$/.test(done) ? done : undefined;
}

/**
 * A letter's image, decrypted for the volunteer whose queue holds the letter now: in any other state the
 * image is not theirs to see, and the answer is 404. Never cached: it is someone's private drawing.
 */
export async function sealedImage(deps: Deps, reply: FastifyReply, params: unknown, states: LetterState[], file: 'imageKey' | 'writtenPhotoKey' = 'imageKey') {
  const id = letterIdSchema.safeParse(params);
  const found = id.success ? await findQueuedLetter(deps.database.db, id.data.id) : undefined;
  if (!found || !states.includes(found.letter.state)) throw notFound();
  return sendPrivateJpeg(reply, await openSealedFile(deps.blobs, letterKey(deps.keys, found.letter), found.letter[file]));
}

/** A decrypted image for one reader: never cached anywhere; 404 when there is none. */
export function sendPrivateJpeg(reply: FastifyReply, image: Buffer | null) {
  if (!image) throw notFound();
  return reply.header('Content-Type', 'image/jpeg').header('Cache-Control', 'no-store, private').send(image);
}
