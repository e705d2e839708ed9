import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { LANGUAGES } from '../../../app/i18n.ts';
import { confirmByMail, openLetter, partnerFields, sign } from './signatures.fixtures.ts';
import { signatures } from './signatures.tables.ts';

// A name (and place) nobody else has: if any part of it turns up anywhere, the promise is broken.
const SECRET = { first: 'Quillonia', last: 'Zhabrovskaya-Veyre', place: 'Secretvillestad' };
const NEEDLES = [SECRET.first, SECRET.last, SECRET.place, 'Zhabrovskaya'];
const lower = (s: string) => s.toLowerCase();

describe.each(TEST_DB_KINDS)('a secret signature on %s', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(kind);
    await openLetter(t);
  });
  afterEach(() => t.close());

  /** Every row of every table, as text; sealed values found in it are opened too, in case the name was merely sealed. */
  async function databaseText(): Promise<string> {
    const db = t.deps.database.db;
    const tables = (await db.execute(sql`SELECT table_schema AS s, table_name AS n FROM information_schema.tables WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE'`)) as unknown as { rows?: { s: string; n: string }[] } | { s: string; n: string }[];
    const list = Array.isArray(tables) ? tables : (tables.rows ?? []);
    expect(list.length).toBeGreaterThan(20);
    const parts: string[] = [];
    for (const { s, n } of list) {
      const { rows } = await t.deps.database.executor.executeSql(`SELECT r::text AS row FROM "${s}"."${n}" r`);
      for (const r of rows) parts.push(String(r.row));
    }
    const dump = parts.join('\n');
    const opened: string[] = [];
    for (const sealed of new Set(dump.match(/v1\.[A-Za-z0-9_-]{20,}/g) ?? [])) {
      try {
        opened.push(t.deps.keys.decrypt(sealed));
      } catch {
        // Not sealed with the field key (a token hash, a wrapped letter key): nothing readable inside.
      }
    }
    expect(opened.length).toBeGreaterThan(0);
    return `${dump}\n${opened.join('\n')}`;
  }

  it('is counted, and the name appears in no page, export, e-mail, log, job or table', async () => {
    const c = new TestClient(t.app);
    const [amber, birch] = partnerFields((await c.get('/en/campaigns/letter-for-all/sign')).body);
    // Others sign too, so the pages and exports have something in them.
    await sign(c, 'letter-for-all', { name: 'Paula Public', email: 'paula@example.org', visibility: 'public', [amber]: 'on', [birch]: 'on' });
    await confirmByMail(t, c, 'paula@example.org');
    await sign(c, 'letter-for-all', { name: 'Norbert Nonpublic', email: 'norbert@example.org', visibility: 'non_public', [amber]: 'on', [birch]: 'on' });
    await confirmByMail(t, c, 'norbert@example.org');

    const res = await sign(c, 'letter-for-all', { name: `${SECRET.first} ${SECRET.last}`, email: 'k7-reader@example.org', place: SECRET.place, visibility: 'secret' });
    expect(res.statusCode).toBe(303);
    // (The address is not the name: it may be in the sealed e-mail job, and must not be mistaken for a leak.)
    const { mail, res: confirmed } = await confirmByMail(t, c, 'k7-reader@example.org');
    expect(confirmed.statusCode).toBe(200);
    const secretRow = (await t.deps.database.db.select().from(signatures)).find((r) => r.visibility === 'secret')!;
    expect(secretRow.state).toBe('confirmed');

    const seen: string[] = [mail.subject, mail.text];
    const visitor = new TestClient(t.app);
    for (const lang of LANGUAGES) {
      for (const path of ['', '/sign', '/sign/sent', '/signatures', '/cosign', '/cosign/sent']) {
        const page = await visitor.get(`/${lang}/campaigns/letter-for-all${path}`);
        expect(page.statusCode, `${lang}${path}`).toBe(200);
        seen.push(page.body);
      }
      seen.push((await visitor.get(`/${lang}/campaigns`)).body);
    }
    expect(seen[2]).toContain('3 signatures');

    const a = await signInStaff(t, 'coord-a@example.org', ['coordinator']);
    const b = await signInStaff(t, 'coord-b@example.org', ['coordinator']);
    const signers = await a.get('/en/campaigns/letter-for-all/signers');
    expect(signers.body).toContain('Norbert Nonpublic');
    expect(signers.body).toContain('1 secret');
    seen.push(signers.body);
    for (const path of ['/cosigners', '/exports', '', '/sign']) seen.push((await a.get(`/en/campaigns/letter-for-all${path}`)).body);
    for (const path of ['', '/letter-for-all', '/letter-for-all/partners', '/letter-for-all/people', '/letter-for-all/texts/en']) seen.push((await a.get(`/en/campaigns/manage${path}`)).body);

    // Every partner's export, through both people.
    for (const field of [amber, birch]) {
      await a.get('/en/campaigns/letter-for-all/exports');
      await a.post('/en/campaigns/letter-for-all/exports', { partnerId: field.slice('partner-'.length) });
    }
    const exportsPage = (await b.get('/en/campaigns/letter-for-all/exports')).body;
    const ids = [...exportsPage.matchAll(/exports\/([0-9a-f-]{36})\/decide/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      await b.post(`/en/campaigns/letter-for-all/exports/${id}/decide`, { decision: 'approve' });
      await b.get('/en/campaigns/letter-for-all/exports');
      const file = await b.post(`/en/campaigns/letter-for-all/exports/${id}/download`, {});
      expect(file.statusCode).toBe(200);
      expect(file.body).toContain('Paula Public');
      expect(file.body).toContain('Norbert Nonpublic');
      seen.push(file.body);
    }

    await t.drain();
    for (const m of await t.outbox()) seen.push(m.subject, m.text);
    const everything = [...seen, t.logs.join('\n'), await databaseText()].map(lower).join('\n');
    // The search works: the other signers' names are there to be found.
    expect(everything).toContain(lower('Norbert Nonpublic'));
    for (const needle of NEEDLES) expect(everything.includes(lower(needle)), needle).toBe(false);
    expect(t.logs.length).toBeGreaterThan(10);
  });
});
