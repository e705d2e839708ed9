import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { auditLog } from '../../../db/infra.tables.ts';
import { confirmByMail, consentEn, openLetter, partnerFields, sign } from './signatures.fixtures.ts';
import { partnerExports } from './signatures.tables.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const csvLines = (body: string) => body.replace(/^\uFEFF/, '').trim().split('\r\n');

describe.each(TEST_DB_KINDS)('partner exports on %s', (kind) => {
  let t: TestApp;
  let amber = '';
  let birch = '';
  const exportsRows = () => t.deps.database.db.select().from(partnerExports);

  beforeEach(async () => {
    t = await startTestApp(kind);
    await openLetter(t);
    const c = new TestClient(t.app);
    [amber, birch] = partnerFields((await c.get('/en/campaigns/letter-for-all/sign')).body);
    const signers: [string, string, string, string[]][] = [
      ['Olga Amber', 'olga@example.org', 'public', [amber]],
      ['Nina Both', 'nina@example.org', 'non_public', [amber, birch]],
      ['Bob Birch', 'bob@example.org', 'public', [birch]],
      ['Sam Secret', 'sam@example.org', 'secret', []],
      ['Dora None', 'dora@example.org', 'public', []],
    ];
    for (const [name, email, visibility, agreed] of signers) {
      await sign(c, 'letter-for-all', { name, email, visibility, place: 'Riga', ...Object.fromEntries(agreed.map((f) => [f, 'on'])) });
      await confirmByMail(t, c, email);
    }
    // Agreed, but never confirmed: not a signer, so in no export.
    await sign(c, 'letter-for-all', { name: 'Uma Unconfirmed', email: 'uma@example.org', visibility: 'public', [amber]: 'on' });
  });
  afterEach(() => t.close());

  const partnerId = (field: string) => field.slice('partner-'.length);

  it('needs a second person to approve, gives the file once to the requester, with exactly the signers who agreed to that partner', async () => {
    const a = await signInStaff(t, 'coord-a@example.org', ['coordinator']);
    const b = await signInStaff(t, 'coord-b@example.org', ['coordinator']);
    const admin = await signInStaff(t, 'admin@example.org', ['admin']);
    const page = await a.get('/en/campaigns/letter-for-all/exports');
    expect(page.body).toContain('Amber Coalition: 2 people may be contacted');
    expect(page.body).toContain('Birch Foundation: 2 people may be contacted');
    expect((await a.post('/en/campaigns/letter-for-all/exports', { partnerId: partnerId(amber) })).headers.location).toBe('/en/campaigns/letter-for-all/exports?done=requested');
    const [request] = await exportsRows();
    expect(request).toMatchObject({ state: 'requested', partnerId: partnerId(amber), requestedOn: TODAY });

    // The requester can neither approve nor download their own request.
    const own = await a.post(`/en/campaigns/letter-for-all/exports/${request.id}/decide`, { decision: 'approve' });
    expect(own.statusCode).toBe(403);
    expect(own.body).toContain('You cannot decide on your own request');
    expect((await a.post(`/en/campaigns/letter-for-all/exports/${request.id}/download`, {})).statusCode).toBe(404);
    expect((await exportsRows())[0].state).toBe('requested');

    await b.get('/en/campaigns/letter-for-all/exports');
    expect((await b.post(`/en/campaigns/letter-for-all/exports/${request.id}/decide`, { decision: 'approve' })).headers.location).toContain('done=approved');
    // Neither of the two? No file.
    await admin.get('/en/campaigns/letter-for-all/exports');
    expect((await admin.post(`/en/campaigns/letter-for-all/exports/${request.id}/download`, {})).statusCode).toBe(404);

    await a.get('/en/campaigns/letter-for-all/exports');
    const file = await a.post(`/en/campaigns/letter-for-all/exports/${request.id}/download`, {});
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.body.startsWith('\uFEFF')).toBe(true);
    const lines = csvLines(file.body);
    expect(lines[0]).toBe('name,email,place,consent_text,consent_date');
    expect(lines.slice(1).sort()).toEqual(
      [`Nina Both,nina@example.org,Riga,${consentEn('Amber Coalition')},${TODAY}`, `Olga Amber,olga@example.org,Riga,${consentEn('Amber Coalition')},${TODAY}`].sort(),
    );
    for (const absent of ['Bob', 'Sam', 'Dora', 'Uma']) expect(file.body).not.toContain(absent);
    expect((await exportsRows())[0]).toMatchObject({ state: 'downloaded', rows: 2 });
    // Once only, for either of the two.
    await b.get('/en/campaigns/letter-for-all/exports');
    expect((await b.post(`/en/campaigns/letter-for-all/exports/${request.id}/download`, {})).statusCode).toBe(404);

    const audit = (await t.deps.database.db.select().from(auditLog)).filter((x) => x.objectId === request.id);
    expect(audit.map((x) => x.action)).toEqual(['signatures.export.requested', 'signatures.export.approved', 'signatures.export.downloaded']);
    expect(new Set(audit.map((x) => x.actorId)).size).toBe(2);
  });

  it('lets an administrator approve and download; a refused request gives no file; a bad request stores nothing', async () => {
    const a = await signInStaff(t, 'coord-a@example.org', ['coordinator']);
    const admin = await signInStaff(t, 'admin@example.org', ['admin']);
    await a.get('/en/campaigns/letter-for-all/exports');
    expect((await a.post('/en/campaigns/letter-for-all/exports', { partnerId: '00000000-0000-4000-8000-000000000009' })).statusCode).toBe(400);
    expect((await a.post('/en/campaigns/letter-for-all/exports', { partnerId: 'nonsense' })).statusCode).toBe(400);
    expect(await exportsRows()).toHaveLength(0);

    await a.get('/en/campaigns/letter-for-all/exports');
    await a.post('/en/campaigns/letter-for-all/exports', { partnerId: partnerId(birch) });
    await a.post('/en/campaigns/letter-for-all/exports', { partnerId: partnerId(amber) });
    const rows = await exportsRows();
    const birchRequest = rows.find((r) => r.partnerId === partnerId(birch))!;
    const amberRequest = rows.find((r) => r.partnerId === partnerId(amber))!;

    await admin.get('/en/campaigns/letter-for-all/exports');
    expect((await admin.post(`/en/campaigns/letter-for-all/exports/${amberRequest.id}/decide`, { decision: 'maybe' })).statusCode).toBe(400);
    await admin.post(`/en/campaigns/letter-for-all/exports/${amberRequest.id}/decide`, { decision: 'refuse' });
    await admin.post(`/en/campaigns/letter-for-all/exports/${birchRequest.id}/decide`, { decision: 'approve' });
    expect((await admin.post(`/en/campaigns/letter-for-all/exports/${amberRequest.id}/download`, {})).statusCode).toBe(404);
    await a.get('/en/campaigns/letter-for-all/exports');
    expect((await a.post(`/en/campaigns/letter-for-all/exports/${amberRequest.id}/download`, {})).statusCode).toBe(404);

    await admin.get('/en/campaigns/letter-for-all/exports');
    const file = await admin.post(`/en/campaigns/letter-for-all/exports/${birchRequest.id}/download`, {});
    expect(file.statusCode).toBe(200);
    const names = csvLines(file.body).slice(1).map((l) => l.split(',')[0]).sort();
    expect(names).toEqual(['Bob Birch', 'Nina Both']);
  });
});
