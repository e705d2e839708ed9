/** An expected failure with a stable code that is also its message key (e.g. "errors.not_found"). */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('errors.not_found', 404);
export const rateLimited = () => new AppError('errors.rate_limited', 429);
export const csrfFailed = () => new AppError('errors.csrf', 403);

/**
 * Error log for code that runs outside a request (start-up, jobs, the CLI): one JSON line on
 * stderr with the same redaction as the request logs, never the error's message.
 */
export const stderrLog = {
  error(obj: object, msg: string) {
    console.error(JSON.stringify({ level: 'error', msg, err: loggableError((obj as { err?: unknown }).err) }));
  },
};

/**
 * What may be logged of an error: its kind, code and stack frames. Messages are left out
 * because database errors quote the parameters, which can be e-mail addresses or letter text.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; statusCode?: unknown; cause?: unknown };
  const frames = (e.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 12);
  const cause = e.cause as { code?: unknown; routine?: unknown } | undefined;
  return {
    type: e.name,
    code: typeof e.code === 'string' ? e.code : undefined,
    status: typeof e.statusCode === 'number' ? e.statusCode : undefined,
    dbCode: typeof cause?.code === 'string' ? cause.code : undefined,
    dbRoutine: typeof cause?.routine === 'string' ? cause.routine : undefined,
    stack: frames.join('\n'),
  };
}
