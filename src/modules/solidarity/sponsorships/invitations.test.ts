import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { publicFigures, sponsorshipInvitations, sponsorships } from './sponsorships.tables.ts';

const CONTACT = 'office.schmidt@bundestag.example.org';
const PROPOSAL = {
  name: 'Karl Schmidt', role: 'Member of the Bundestag', institution: 'Bundestag', country: 'DE',
  statement: 'Ich stehe an der Seite von Yana.', statementLocale: 'de', person: 'yana-arabeika', email: CONTACT, consent: 'on',
};
const portrait = () => sharp({ create: { width: 60, height: 80, channels: 3, background: '#824' } }).jpeg().withExif({ IFD0: { Artist: 'Owner' } }).toBuffer();

describe.each(TEST_DB_KINDS)('invitations and proposals on %s', (kind) => {
  let t: TestApp;
  let coordinator: TestClient;
  const db = () => t.deps.database.db;
  const figureFiles = () => {
    const dir = path.join(t.deps.config.dataDir, 'files', 'figures');
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  };

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Olga Freed', status: 'released', country: 'BY' }, { importLabel: 'test' });
    coordinator = await signInStaff(t, 'coord@example.org', ['coordinator']);
  });
  afterEach(() => t.close());

  /** A coordinator makes an invitation; the answer shows the link (with its token) once. */
  async function invite(label = 'MdB office Schmidt', days = '60'): Promise<string> {
    await coordinator.get('/en/sponsorships/invitations');
    const res = await coordinator.post('/en/sponsorships/invitations', { label, days });
    expect(res.statusCode).toBe(200);
    const link = res.body.match(/id="invitation-link" type="url" readonly="" value="([^"]+)"/i)?.[1] ?? res.body.match(/value="(http[^"]+propose\?token=[^"]+)"/)![1];
    return new URL(link.replace(/&amp;/g, '&')).pathname + new URL(link.replace(/&amp;/g, '&')).search;
  }

  it('takes a proposal through an invitation, keeps it private until a coordinator approves, then shows it on the person page', async () => {
    const link = await invite();
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const [invitation] = await db().select().from(sponsorshipInvitations);
    expect(invitation.tokenHash).not.toContain(token);
    expect(JSON.stringify(invitation)).not.toContain(token);
    // The token is not shown again.
    expect((await coordinator.get('/en/sponsorships/invitations')).body).not.toContain(token);

    const figure = new TestClient(t.app);
    const form = await figure.get(`${link}&person=yana-arabeika`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<option value="yana-arabeika" selected>');
    expect(form.body).not.toContain('value="olga-freed"');
    const sent = await figure.postFile('/en/sponsorships/propose', { ...PROPOSAL, token }, { field: 'photo', name: 'me.jpg', type: 'image/jpeg', data: await portrait() });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/en/sponsorships/proposed');

    const [stored] = await db().select().from(publicFigures);
    expect(stored).toMatchObject({ state: 'proposed', name: 'Karl Schmidt', statements: { de: PROPOSAL.statement } });
    expect(stored.contactEnc).not.toContain(CONTACT);
    const dump = await db().execute(sql`SELECT row_to_json(f)::text AS j FROM public_figures f`);
    expect(JSON.stringify(dump)).not.toContain('bundestag.example.org');
    const [proposal] = await db().select().from(sponsorships);
    expect(proposal).toMatchObject({ state: 'proposed', invitationId: invitation.id, statementLocale: 'de' });
    expect((await db().select().from(sponsorshipInvitations))[0].usedOn).not.toBeNull();

    // Not public before approval: not on the person page, the overview, a figure page or the photo URL.
    const visitor = new TestClient(t.app);
    expect((await visitor.get('/en/people/yana-arabeika')).body).toContain('No sponsor yet.');
    expect((await visitor.get('/en/sponsorships')).body).not.toContain('Karl Schmidt');
    expect((await visitor.get('/en/sponsorships/figures/karl-schmidt')).statusCode).toBe(404);
    const photoUrl = `/media/${stored.photoKey}`;
    expect((await visitor.get(photoUrl)).statusCode).toBe(404);
    expect((await coordinator.get(photoUrl)).statusCode).toBe(200);

    const queue = await coordinator.get('/en/sponsorships/proposals');
    expect(queue.body).toContain('Karl Schmidt');
    expect(queue.body).toContain(CONTACT);
    expect(queue.body).toContain('MdB office Schmidt');
    const approved = await coordinator.post(`/en/sponsorships/proposals/${proposal.id}/approve`, {});
    expect(approved.statusCode).toBe(303);
    expect((await coordinator.get(approved.headers.location as string)).body).toContain('Approved: the sponsorship is now public.');

    const person = (await visitor.get('/en/people/yana-arabeika')).body;
    expect(person).toContain('href="/en/sponsorships/figures/karl-schmidt">Karl Schmidt</a>');
    expect(person).toContain('Ich stehe an der Seite von Yana.');
    expect(person).toContain('Written in German');
    expect((await visitor.get(photoUrl)).statusCode).toBe(200);
    expect((await db().select().from(sponsorships))[0].state).toBe('active');

    await t.drain();
    const mails = (await t.outbox()).filter((m) => m.to === CONTACT);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Ihre Patenschaft ist veröffentlicht');
    expect(mails[0].text).toContain('/de/sponsorships/figures/karl-schmidt');
    expect(mails[0].text).not.toContain('Yana');
    // Approving twice does nothing more.
    await coordinator.get('/en/sponsorships/proposals');
    expect((await coordinator.post(`/en/sponsorships/proposals/${proposal.id}/approve`, {})).statusCode).toBe(409);
  });

  it('answers a used, expired, revoked or made-up token with a 404 or a clear message, and stores nothing more', async () => {
    const link = await invite();
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const figure = new TestClient(t.app);
    await figure.get(link);
    const csrf = figure.csrf();
    expect((await figure.post('/en/sponsorships/propose', { ...PROPOSAL, token })).statusCode).toBe(303);
    // A second submit of the same form finds the invitation used.
    const again = await figure.post('/en/sponsorships/propose', { ...PROPOSAL, token, name: 'Someone Else' }, { csrf });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This invitation has been used');
    expect((await figure.get(link)).statusCode).toBe(404);
    expect(await db().select().from(publicFigures)).toHaveLength(1);

    const expiring = await invite('Short-lived', '1');
    await db().update(sponsorshipInvitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sponsorshipInvitations.label, 'Short-lived'));
    const expired = await figure.get(expiring);
    expect(expired.statusCode).toBe(404);
    expect(expired.body).toContain('This invitation link does not work');

    const revokable = await invite('To revoke');
    const [row] = await db().select().from(sponsorshipInvitations).where(eq(sponsorshipInvitations.label, 'To revoke'));
    const list = await coordinator.get('/en/sponsorships/invitations');
    expect(list.body).toContain('Used on');
    expect((await coordinator.post(`/en/sponsorships/invitations/${row.id}/revoke`, {})).statusCode).toBe(303);
    expect((await figure.get(revokable)).statusCode).toBe(404);
    const revokedPost = await figure.post('/en/sponsorships/propose', { ...PROPOSAL, token: new URL(revokable, 'http://x').searchParams.get('token')! }, { csrf });
    expect(revokedPost.statusCode).toBe(404);
    expect((await figure.get('/en/sponsorships/propose?token=made-up-token-made-up-token-123')).statusCode).toBe(404);
    expect((await figure.get('/en/sponsorships/propose')).statusCode).toBe(404);
    expect(await db().select().from(publicFigures)).toHaveLength(1);
  });

  it('sends bad proposals back with messages and leaves the invitation open; a refusal deletes the photo', async () => {
    const link = await invite();
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const figure = new TestClient(t.app);
    await figure.get(link);
    const bad = await figure.post('/en/sponsorships/propose', { ...PROPOSAL, token, name: '', country: 'XX', person: 'olga-freed', consent: '' });
    expect(bad.statusCode).toBe(400);
    for (const message of ['Enter the name.', 'Choose a country from the list.', 'Please agree to the publication.']) expect(bad.body).toContain(message);
    const unknown = await figure.post('/en/sponsorships/propose', { ...PROPOSAL, token, person: 'olga-freed' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('We cannot find this person among the people held.');
    expect(await db().select().from(publicFigures)).toHaveLength(0);
    expect((await db().select().from(sponsorshipInvitations))[0].usedOn).toBeNull();

    await figure.postFile('/en/sponsorships/propose', { ...PROPOSAL, token }, { field: 'photo', name: 'me.jpg', type: 'image/jpeg', data: await portrait() });
    expect(figureFiles()).toHaveLength(1);
    const [proposal] = await db().select().from(sponsorships);
    await coordinator.get('/en/sponsorships/proposals');
    expect((await coordinator.post(`/en/sponsorships/proposals/${proposal.id}/refuse`, {})).statusCode).toBe(303);
    expect(figureFiles()).toHaveLength(0);
    const [refused] = await db().select().from(publicFigures);
    expect(refused).toMatchObject({ state: 'refused', photoKey: null, contactEnc: null });
    expect((await new TestClient(t.app).get('/en/sponsorships/figures/karl-schmidt')).statusCode).toBe(404);
    expect((await coordinator.get('/en/sponsorships/proposals')).body).toContain('No proposals waiting.');
  });
});
