import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { auditLog } from '../../../db/infra.tables.ts';
import { signaturesMaintenance } from './signatures.maintenance.ts';
import { confirmByMail, openLetter } from './signatures.fixtures.ts';
import { cosigners } from './signatures.tables.ts';

describe.each(TEST_DB_KINDS)('organisations co-signing on %s', (kind) => {
  let t: TestApp;
  const rows = () => t.deps.database.db.select().from(cosigners);

  beforeEach(async () => {
    t = await startTestApp(kind);
    await openLetter(t);
  });
  afterEach(() => t.close());

  async function cosign(c: TestClient, fields: Record<string, string>) {
    const page = await c.get('/en/campaigns/letter-for-all/cosign');
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    return c.post('/en/campaigns/letter-for-all/cosign', { submissionId, ...fields });
  }
  const ORG = { orgName: 'Lakeside Exile Union', country: 'Poland', website: 'lakeside-exiles.example.org', contactName: 'Ewa Contact', email: 'office@lakeside.example.org' };

  it('goes from the form to the organisation\'s address, to a coordinator, to the public list; contact details go with the decision', async () => {
    const c = new TestClient(t.app);
    const res = await cosign(c, ORG);
    expect(res.statusCode).toBe(303);
    const [stored] = await rows();
    expect(stored).toMatchObject({ state: 'unconfirmed', name: 'Lakeside Exile Union', country: 'Poland', website: 'https://lakeside-exiles.example.org', contactName: 'Ewa Contact' });
    expect(stored.emailEnc).not.toContain('lakeside');
    expect(t.deps.keys.decrypt(stored.emailEnc!)).toBe('office@lakeside.example.org');

    const { mail, res: confirmed } = await confirmByMail(t, c, 'office@lakeside.example.org', '/cosign/confirm');
    expect(mail.subject).toBe('Please confirm the co-signature');
    expect(mail.text).not.toContain('Ewa');
    expect(confirmed.body).toContain('A coordinator will check the organisation');
    expect((await rows())[0].state).toBe('pending');
    // Pending is not listed yet.
    expect((await new TestClient(t.app).get('/en/campaigns/letter-for-all')).body).not.toContain('Lakeside Exile Union');

    const coordinator = await signInStaff(t, 'coord@example.org', ['coordinator']);
    const queue = await coordinator.get('/en/campaigns/letter-for-all/cosigners');
    expect(queue.body).toContain('Lakeside Exile Union');
    expect(queue.body).toContain('Ewa Contact');
    expect(queue.body).toContain('office@lakeside.example.org');
    const decided = await coordinator.post(`/en/campaigns/letter-for-all/cosigners/${stored.id}`, { decision: 'approve' });
    expect(decided.headers.location).toBe('/en/campaigns/letter-for-all/cosigners?done=approved');
    const [approved] = await rows();
    expect(approved).toMatchObject({ state: 'approved', emailEnc: null, contactName: '', decidedOn: new Date().toISOString().slice(0, 10) });
    expect(approved.decidedBy).not.toBeNull();
    // A second decision changes nothing.
    await coordinator.get('/en/campaigns/letter-for-all/cosigners');
    expect((await coordinator.post(`/en/campaigns/letter-for-all/cosigners/${stored.id}`, { decision: 'refuse' })).headers.location).toContain('done=gone');
    expect((await rows())[0].state).toBe('approved');
    const audit = await t.deps.database.db.select().from(auditLog);
    expect(audit.filter((a) => a.objectId === stored.id).map((a) => a.action)).toEqual(['signatures.cosigner.approved']);

    const page = await new TestClient(t.app).get('/en/campaigns/letter-for-all');
    expect(page.body).toContain('Lakeside Exile Union');
    expect(page.body).toContain('(Poland)');
    expect(page.body).toContain('href="https://lakeside-exiles.example.org" rel="nofollow noreferrer noopener ugc"');
    expect(page.body).not.toContain('Ewa Contact');
  });

  it('refuses bad input with status 400 and stores nothing; a refused organisation is never listed', async () => {
    const c = new TestClient(t.app);
    for (const [fields, message] of [
      [{ ...ORG, orgName: '' }, "Please enter the organisation's name."],
      [{ ...ORG, country: '' }, 'Please enter the country.'],
      [{ ...ORG, website: 'javascript:alert(1)' }, 'Please enter a web address starting with http:// or https://.'],
      [{ ...ORG, contactName: '' }, 'Please enter a contact person.'],
      [{ ...ORG, email: 'nope' }, 'Enter an e-mail address like name@example.org.'],
    ] as const) {
      const res = await cosign(c, fields);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(message);
    }
    expect(await rows()).toHaveLength(0);

    // A bot filling the hidden field gets the same answer and nothing is stored.
    expect((await cosign(c, { ...ORG, fax: '123' })).headers.location).toBe('/en/campaigns/letter-for-all/cosign/sent');
    expect(await rows()).toHaveLength(0);

    await cosign(c, ORG);
    await confirmByMail(t, c, 'office@lakeside.example.org', '/cosign/confirm');
    const [row] = await rows();
    const coordinator = await signInStaff(t, 'coord@example.org', ['coordinator']);
    await coordinator.get('/en/campaigns/letter-for-all/cosigners');
    expect((await coordinator.post(`/en/campaigns/letter-for-all/cosigners/${row.id}`, { decision: 'maybe' })).statusCode).toBe(400);
    expect((await rows())[0]).toMatchObject({ state: 'pending', contactName: 'Ewa Contact' });
    await coordinator.get('/en/campaigns/letter-for-all/cosigners');
    await coordinator.post(`/en/campaigns/letter-for-all/cosigners/${row.id}`, { decision: 'refuse' });
    expect((await rows())[0]).toMatchObject({ state: 'refused', emailEnc: null, contactName: '' });
    expect((await new TestClient(t.app).get('/en/campaigns/letter-for-all')).body).not.toContain('Lakeside Exile Union');
  });

  it('deletes co-signatures never confirmed after 48 hours', async () => {
    await cosign(new TestClient(t.app), ORG);
    await signaturesMaintenance(t.deps, new Date(Date.now() + 49 * 3_600_000));
    expect(await rows()).toHaveLength(0);
  });
});
