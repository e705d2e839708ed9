import { everyone, type Rules } from '../../app/rules.ts';

export const publicRules: Rules = {
  'public.view': everyone,
  'public.form': everyone,
};
