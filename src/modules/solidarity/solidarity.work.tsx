import type { RequestContext } from '../../app/context.ts';
import { href } from '../../app/layout.tsx';
import { allow } from '../../app/policy.ts';

/** The solidarity features' work pages, each shown only to the roles its policy lets in. */
const WORK = [
  { path: '/wall/moderation', action: 'wall.moderate', key: 'wall' },
  { path: '/keepers', action: 'keepers.coordinate', key: 'keepers' },
  { path: '/needs/pledges', action: 'needs.pledges', key: 'pledges' },
  { path: '/friends/tasks', action: 'friends.coordinate', key: 'tasks' },
  { path: '/friends/progress', action: 'friends.coordinate', key: 'progress' },
  { path: '/sponsorships/manage', action: 'sponsorships.coordinate', key: 'sponsorships' },
] as const;

/** Links on the volunteer hub to the solidarity work the actor's roles open; nothing when none. */
export function SolidarityWorkLinks({ ctx }: { ctx: RequestContext }) {
  const links = WORK.filter((w) => allow(ctx.actor, w.action));
  if (links.length === 0) return null;
  return (
    <>
      <h2>{ctx.t('solidarity.work.title')}</h2>
      <ul class="queues">
        {links.map((w) => (
          <li>
            <a href={href(ctx, w.path)}>{ctx.t(`solidarity.work.${w.key}`)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
