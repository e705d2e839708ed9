import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { campaigns, campaignTargets, campaignTexts } from '../core/campaigns.tables.ts';
import { actionLetters } from '../actions/actions.tables.ts';
import { buildPostcodes, buildTarget } from './targets.builders.ts';
import { targets } from './targets.tables.ts';

const FORM = {
  ref: 'de-mp-0042',
  kind: 'parliament_member',
  name: 'Clara Ausgedacht',
  role: 'Member of the Test Assembly',
  country: 'DE',
  party: 'Test Greens',
  constituency: 'Nordufer (test)',
  email: 'Clara.Ausgedacht@test.invalid',
  postal_address: 'Test Assembly\r\nPlatz 1\r\n11011 Berlin',
  salutation_de: 'Sehr geehrte Frau Ausgedacht',
  salutation_en: 'Dear Ms Ausgedacht',
};

describe.each(TEST_DB_KINDS)('targets pages on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const all = () => db().select().from(targets).orderBy(asc(targets.ref));

  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  it('a coordinator adds a target with salutations, finds it in the filtered list with counts, and edits it', async () => {
    const c = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    await buildTarget(db(), { ref: 'pl-embassy', kind: 'embassy', name: 'Test Embassy', country: 'PL' });
    await c.get('/en/campaigns/targets/new');
    const added = await c.post('/en/campaigns/targets/new', FORM);
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe('/en/campaigns/targets?country=DE&done=saved');
    const [stored] = await db().select().from(targets).where(eq(targets.ref, 'de-mp-0042'));
    expect(stored).toMatchObject({ email: 'clara.ausgedacht@test.invalid', postalAddress: 'Test Assembly\nPlatz 1\n11011 Berlin', salutations: { de: 'Sehr geehrte Frau Ausgedacht', en: 'Dear Ms Ausgedacht' } });

    const list = await c.get(added.headers.location as string);
    expect(list.body).toContain('The target was saved.');
    expect(list.body).toContain('Clara Ausgedacht');
    expect(list.body).not.toContain('Test Embassy');
    expect(list.body).toContain('1 target');
    expect(list.body).toMatch(/<option value="PL"[^>]*>Poland \(1\)<\/option>/);
    expect(list.body).toMatch(/<option value="embassy"[^>]*>Embassy \(0\)<\/option>/); // counted within Germany
    const embassies = await c.get('/en/campaigns/targets?kind=embassy');
    expect(embassies.body).toContain('Test Embassy');
    expect(embassies.body).not.toContain('Clara Ausgedacht');

    const edit = await c.get(`/en/campaigns/targets/${stored.id}/edit`);
    expect(edit.body).toContain('value="Sehr geehrte Frau Ausgedacht"');
    const saved = await c.post(`/en/campaigns/targets/${stored.id}/edit`, { ...FORM, name: 'Clara Ausgedacht-Neu', salutation_en: '', salutation_pl: 'Szanowna Pani Posłanko' });
    expect(saved.statusCode).toBe(303);
    const [changed] = await db().select().from(targets).where(eq(targets.id, stored.id));
    expect(changed).toMatchObject({ name: 'Clara Ausgedacht-Neu', salutations: { de: 'Sehr geehrte Frau Ausgedacht', pl: 'Szanowna Pani Posłanko' } });
  });

  it('bad input is the same form with messages in the user’s language, status 400, and nothing changed', async () => {
    const c = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const other = await buildTarget(db(), { ref: 'taken-ref', name: 'Someone Else', country: 'DE' });
    await c.get('/de/campaigns/targets/new');
    const bad = await c.post('/de/campaigns/targets/new', { ...FORM, kind: 'senator', country: 'XX', email: 'nicht-gültig@', name: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Gib eine gültige E-Mail-Adresse ein oder lass das Feld leer.');
    expect(bad.body).toContain('Gib einen Namen ein.');
    expect(bad.body).toContain('Wähle eine Art aus der Liste');
    expect(bad.body).toContain('Wähle ein Land aus der Liste');
    expect(bad.body).toContain('value="nicht-gültig@"'); // what was typed comes back
    const taken = await c.post('/de/campaigns/targets/new', { ...FORM, ref: 'taken-ref' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Ein anderer Adressat hat bereits diese Kennung.');
    await c.get(`/en/campaigns/targets/${other.id}/edit`);
    const badEdit = await c.post(`/en/campaigns/targets/${other.id}/edit`, { ...FORM, ref: 'taken ref' });
    expect(badEdit.statusCode).toBe(400);
    expect(await all()).toEqual([other]);
    expect((await c.get('/en/campaigns/targets/not-a-uuid/edit')).statusCode).toBe(404);
  });

  it('deleting a target a campaign uses is refused with a message; an unused one is deleted', async () => {
    const c = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const used = await buildTarget(db(), { ref: 'used', kind: 'embassy', name: 'Used Embassy', country: 'DE' });
    const unused = await buildTarget(db(), { ref: 'unused', kind: 'embassy', name: 'Unused Embassy', country: 'DE' });
    const [campaign] = await db().insert(campaigns).values({ slug: 'test-action', kind: 'letter_action', originalLang: 'en', createdOn: '2026-01-01' }).returning();
    await db().insert(campaignTargets).values({ campaignId: campaign.id, targetId: used.id });
    await c.get(`/en/campaigns/targets/${used.id}/edit`);
    const refused = await c.post(`/en/campaigns/targets/${used.id}/delete`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Not deleted: 1 campaign uses this target.');
    // A letter written to one's own representative, not yet confirmed, uses that target too.
    const written = await buildTarget(db(), { ref: 'written-to', name: 'Written To', country: 'DE' });
    await db().insert(actionLetters).values({
      submissionId: crypto.randomUUID(),
      campaignId: campaign.id,
      mode: 'server',
      state: 'unconfirmed',
      locale: 'en',
      supporterHash: 'h',
      targetIds: [written.id],
      createdOn: '2026-01-01',
    });
    expect((await c.post(`/en/campaigns/targets/${written.id}/delete`, {})).statusCode).toBe(409);
    const deleted = await c.post(`/en/campaigns/targets/${unused.id}/delete`, {});
    expect(deleted.headers.location).toBe('/en/campaigns/targets?country=DE&done=deleted');
    expect((await all()).map((r) => r.ref)).toEqual(['used', 'written-to']);
  });

  describe('find your representative', () => {
    beforeEach(async () => {
      await buildPostcodes(db(), 'DE', [
        { postcode: '10115', constituency: 'Nordufer (test)' },
        { postcode: '10117', constituency: 'Nordufer (test)' },
        { postcode: '10117', constituency: 'Südufer (test)' },
        { postcode: '20095', constituency: 'Hafen (test)' },
      ]);
      await buildPostcodes(db(), 'PL', [{ postcode: '00950', constituency: 'Okręg (test)' }]);
      await buildTarget(db(), { ref: 'mp-1', name: 'Clara Ausgedacht', country: 'DE', party: 'Test Greens', constituency: 'Nordufer (test)', email: 'clara@test.invalid', postalAddress: 'Test Assembly\n11011 Berlin' });
      await buildTarget(db(), { ref: 'mp-2', name: 'Lotte Erdacht', country: 'DE', party: 'Test Union', constituency: 'Südufer (test)' });
    });

    it('shows the form with the countries that have a table, then the member of parliament for a postcode', async () => {
      const v = new TestClient(t.app);
      const form = await v.get('/en/campaigns/representative');
      expect(form.statusCode).toBe(200);
      expect(form.body).toMatch(/<option value="DE"[^>]*>Germany<\/option>/);
      expect(form.body).toMatch(/<option value="PL"[^>]*>Poland<\/option>/);
      expect(form.body).not.toContain('value="AT"');
      const found = await v.get('/en/campaigns/representative?country=DE&postcode=10+115');
      expect(found.statusCode).toBe(200);
      expect(found.body).toContain('Your constituency');
      expect(found.body).toContain('Nordufer (test)');
      expect(found.body).toContain('Clara Ausgedacht');
      expect(found.body).toContain('Test Greens');
      expect(found.body).toContain('href="mailto:clara@test.invalid"');
      expect(found.body).toContain('Test Assembly\n11011 Berlin');
      expect(found.body).not.toContain('Lotte Erdacht');
    });

    it('a straddling postcode lists both constituencies and their members', async () => {
      const found = await new TestClient(t.app).get('/en/campaigns/representative?country=DE&postcode=10117');
      expect(found.body).toContain('Your constituencies');
      expect(found.body).toContain('more than one constituency');
      expect(found.body).toContain('Clara Ausgedacht');
      expect(found.body).toContain('Lotte Erdacht');
    });

    it('a constituency without a recorded member says so', async () => {
      const found = await new TestClient(t.app).get('/en/campaigns/representative?country=DE&postcode=20095');
      expect(found.statusCode).toBe(200);
      expect(found.body).toContain('No member of parliament is recorded for this constituency yet.');
    });

    it('an unknown, malformed or missing postcode, or a country without a table, is a 400 in the user’s language', async () => {
      const v = new TestClient(t.app);
      const cases: [string, string][] = [
        ['/en/campaigns/representative?country=DE&postcode=99999', 'We do not know this postcode.'],
        ['/en/campaigns/representative?country=DE&postcode=1011', 'This does not look like a postcode of the chosen country.'],
        ['/en/campaigns/representative?country=DE&postcode=', 'Enter your postcode.'],
        ['/en/campaigns/representative?country=AT&postcode=1010', 'Representatives cannot be looked up for this country yet'],
        ['/ru/campaigns/representative?country=DE&postcode=99999', 'Такой индекс нам неизвестен.'],
        ['/pl/campaigns/representative?country=DE&postcode=%3Cscript%3E', 'To nie wygląda na kod pocztowy wybranego kraju.'],
      ];
      for (const [url, message] of cases) {
        const res = await v.get(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.body, url).toContain(message);
        expect(res.body).not.toContain('<script>');
      }
    });

    it('links to open letter actions that write to one’s own representative in that country, titled in the reader’s language', async () => {
      const make = async (slug: string, o: Partial<typeof campaigns.$inferInsert>) => {
        const [c] = await db()
          .insert(campaigns)
          .values({ slug, kind: 'letter_action', state: 'open', addressing: 'own_representative', representativeCountry: 'DE', originalLang: 'en', createdOn: '2026-01-01', ...o })
          .returning();
        await db().insert(campaignTexts).values({ campaignId: c.id, lang: 'en', title: `Title of ${slug}`, summary: 's', body: 'b', updatedOn: '2026-01-01' });
        return c;
      };
      const open = await make('write-your-mp', {});
      await db().insert(campaignTexts).values({ campaignId: open.id, lang: 'de', title: 'Schreib deinem MdB', summary: 's', body: 'b', translatedFrom: 'en', updatedOn: '2026-01-01' });
      await make('draft-action', { state: 'draft' });
      await make('closed-action', { state: 'closed' });
      await make('polish-action', { representativeCountry: 'PL' });
      await make('fixed-targets', { addressing: 'targets' });
      await make('open-letter', { kind: 'open_letter' });
      const en = await new TestClient(t.app).get('/en/campaigns/representative?country=DE&postcode=10115');
      expect(en.body).toContain('Write to your representative');
      expect(en.body).toContain('<a href="/en/campaigns/write-your-mp">Title of write-your-mp</a>');
      for (const slug of ['draft-action', 'closed-action', 'polish-action', 'fixed-targets', 'open-letter']) expect(en.body).not.toContain(slug);
      const de = await new TestClient(t.app).get('/de/campaigns/representative?country=DE&postcode=10115');
      expect(de.body).toContain('<a href="/de/campaigns/write-your-mp">Schreib deinem MdB</a>');
    });
  });
});
