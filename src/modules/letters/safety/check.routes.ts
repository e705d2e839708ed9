import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { AppError } from '../../../app/errors.ts';
import { isLang, type Translate } from '../../../app/i18n.ts';
import { windowBudget } from '../../../app/memory-limit.ts';
import { addRoutes } from '../../../app/routing.ts';
import { LETTER_KINDS, LETTER_MAX_CHARS } from '../letters.model.ts';
import { CHECK_LANGUAGES } from './language.ts';
import { checkLetter, type CheckResult } from './safety-check.ts';

const checkRequest = z.object({
  text: z.string().min(1).max(LETTER_MAX_CHARS),
  lang: z.enum(CHECK_LANGUAGES).optional(),
  kind: z.enum(LETTER_KINDS).optional(),
});

/** Site-wide: the page calls this as the writer types (at most every second or so per writer). */
const CHECK_BUDGET = { max: 1200, windowMs: 60_000 };

/** The API answer: each finding with its advice in the writer's language. */
function checkJson(result: CheckResult, t: Translate) {
  return {
    language: result.language,
    needsTranslation: result.needsTranslation,
    findings: result.findings.map((f) => ({ code: f.code, message: t(`letters.check.${f.code}`), start: f.start, end: f.end, excerpt: f.excerpt })),
  };
}

export function checkRoutes(app: FastifyInstance, deps: Deps) {
  const withinBudget = windowBudget(CHECK_BUDGET.max, CHECK_BUDGET.windowMs);
  addRoutes(app, [
    {
      method: 'POST',
      url: '/api/v1/letters/check',
      policy: 'letters.check',
      raw: true,
      stateless: true,
      handler: async (req, reply) => {
        if (!withinBudget()) throw new AppError('api.rate_limited', 429);
        const input = checkRequest.safeParse(req.body);
        if (!input.success) throw new AppError('api.bad_request', 400);
        const result = checkLetter(input.data.text, { hint: input.data.lang, kind: input.data.kind });
        // Advice in the language the writer asked for, else in the letter's own.
        const adviceLang = input.data.lang ?? result.language;
        const t = deps.i18n.translator(isLang(adviceLang) ? adviceLang : 'en');
        return reply.header('Cache-Control', 'no-store').send(checkJson(result, t));
      },
    },
  ]);
}
