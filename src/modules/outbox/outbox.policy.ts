import { everyone, type Rules } from '../../app/rules.ts';

// The outbox routes exist only outside production; where they exist, anyone on the machine may read them.
export const outboxRules: Rules = { 'dev.outbox': everyone };
