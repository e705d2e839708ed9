// What coordinators see of friendship: per person and per friend, counts only (and done-task photos, elsewhere).
import { sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { rowsOf } from '../../registry/search/search.repository.ts';

export interface PersonProgress {
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  friends: number;
  done: number;
}

export interface FriendProgress {
  pseudonym: string;
  people: number;
  done: number;
  account: boolean;
}

const LIMIT = 200;

/** People with at least one confirmed friend, the most tasks done first. */
export async function progressByPerson(db: Conn): Promise<PersonProgress[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT p.slug, p.name_be, p.name_ru, p.name_latin, count(DISTINCT fs.id)::int AS friends, count(d.id)::int AS done
        FROM friendships fs JOIN people p ON p.id = fs.person_id LEFT JOIN friend_task_done d ON d.friendship_id = fs.id
        WHERE fs.confirmed_on IS NOT NULL
        GROUP BY p.id ORDER BY done DESC, friends DESC, p.sort_latin LIMIT ${LIMIT}`,
  );
  return rows.map((r) => ({
    slug: r.slug as string,
    nameBe: (r.name_be ?? null) as string | null,
    nameRu: (r.name_ru ?? null) as string | null,
    nameLatin: (r.name_latin ?? null) as string | null,
    friends: Number(r.friends),
    done: Number(r.done),
  }));
}

/** Friends with at least one confirmed friendship, the most tasks done first. Pseudonyms only, never an address. */
export async function progressByFriend(db: Conn): Promise<FriendProgress[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT fr.pseudonym, fr.user_id IS NOT NULL AS account, count(DISTINCT fs.id)::int AS people, count(d.id)::int AS done
        FROM friends fr JOIN friendships fs ON fs.friend_id = fr.id AND fs.confirmed_on IS NOT NULL LEFT JOIN friend_task_done d ON d.friendship_id = fs.id
        GROUP BY fr.id ORDER BY done DESC, people DESC, fr.pseudonym LIMIT ${LIMIT}`,
  );
  return rows.map((r) => ({ pseudonym: r.pseudonym as string, account: r.account === true, people: Number(r.people), done: Number(r.done) }));
}
