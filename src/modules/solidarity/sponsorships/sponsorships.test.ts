import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { people } from '../../registry/registry.tables.ts';
import { seedRegistry } from '../../registry/registry.builders.ts';
import { buildFigure, buildSponsorship, seedSponsorshipsDemo } from './sponsorships.builders.ts';
import { publicFigures, sponsorships } from './sponsorships.tables.ts';

/** A JPEG as a phone writes it, with the owner's name and a GPS position in its EXIF. */
const phoneJpeg = () =>
  sharp({ create: { width: 80, height: 100, channels: 3, background: '#468' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Secret Owner Name' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' } })
    .toBuffer();

const FIGURE = { name: 'Anna Beispiel', role: 'Member of the Bundestag', institution: 'Bundestag', country: 'DE' };

describe.each(TEST_DB_KINDS)('sponsorships entered by coordinators on %s', (kind) => {
  let t: TestApp;
  let coordinator: TestClient;
  const db = () => t.deps.database.db;
  const figureFiles = () => {
    const dir = path.join(t.deps.config.dataDir, 'files', 'figures');
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
  };

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameLatin: 'Yana Arabeika', nameBe: 'Арабейка Яна', status: 'current', country: 'BY' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Ihar Losik', status: 'current', country: 'BY' }, { importLabel: 'test' });
    coordinator = await signInStaff(t, 'coord@example.org', ['coordinator']);
  });
  afterEach(() => t.close());

  it('creates a figure with a photo stored without metadata, records a sponsorship, and shows it on the person, country and institution pages', async () => {
    expect((await coordinator.get('/en/sponsorships/figures/new')).statusCode).toBe(200);
    const created = await coordinator.postFile(
      '/en/sponsorships/figures/new',
      { ...FIGURE, statement_de: 'Ich stehe an ihrer Seite.', statement_en: 'I stand by her.' },
      { field: 'photo', name: 'me.jpg', type: 'image/jpeg', data: await phoneJpeg() },
    );
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/en/sponsorships/figures/anna-beispiel/edit');
    const [file] = figureFiles();
    const stored = fs.readFileSync(file);
    expect(stored.includes('Secret Owner Name')).toBe(false);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 80, height: 100 });
    expect(meta.exif).toBeUndefined();

    await coordinator.get('/en/sponsorships/figures/anna-beispiel/edit');
    const sponsored = await coordinator.post('/en/sponsorships/figures/anna-beispiel/sponsor', {
      person: 'yana-arabeika', startedOn: addDays(todayIso(), -10), statement: 'Yana, you are not alone.', statementLocale: 'en',
    });
    expect(sponsored.statusCode).toBe(303);

    const visitor = new TestClient(t.app);
    const person = await visitor.get('/en/people/yana-arabeika');
    expect(person.body).toContain('href="/en/sponsorships/figures/anna-beispiel">Anna Beispiel</a>, Member of the Bundestag, Bundestag (Germany)');
    expect(person.body).toContain('Yana, you are not alone.');
    expect(person.body).not.toContain('No sponsor yet.');
    // The same statement read in German is marked as written in English.
    expect((await visitor.get('/de/people/yana-arabeika')).body).toMatch(/<blockquote lang="en"><p>Yana, you are not alone.<\/p><\/blockquote><figcaption class="hint">Auf Englisch/);
    expect((await visitor.get('/en/people/ihar-losik')).body).toContain('No sponsor yet.');

    const figurePage = await visitor.get('/en/sponsorships/figures/anna-beispiel');
    expect(figurePage.body).toContain('I stand by her.');
    expect((await visitor.get('/de/sponsorships/figures/anna-beispiel')).body).toContain('Ich stehe an ihrer Seite.');
    // Russian has no version: the English one, with a note.
    expect((await visitor.get('/ru/sponsorships/figures/anna-beispiel')).body).toMatch(/<blockquote lang="en">/);
    const photoSrc = figurePage.body.match(/src="(\/media\/figures\/[0-9a-f-]+\.jpg)"/)![1];
    const photo = await t.app.inject({ method: 'GET', url: photoSrc });
    expect(photo.statusCode).toBe(200);
    expect(photo.rawPayload.equals(stored)).toBe(true);

    const country = await visitor.get('/de/sponsorships/countries/DE');
    expect(country.statusCode).toBe(200);
    expect(country.body).toContain('Deutschland');
    expect(country.body).toContain('Anna Beispiel');
    expect(country.body).toContain('href="/de/people/yana-arabeika"');
    expect((await visitor.get('/en/sponsorships/countries/PL')).body).not.toContain('Anna Beispiel');
    expect((await visitor.get('/en/sponsorships/countries/XX')).statusCode).toBe(404);
    const institution = await visitor.get('/en/sponsorships/institutions/bundestag');
    expect(institution.body).toContain('Sponsors in Bundestag');
    expect(institution.body).toContain('Anna Beispiel');
    expect((await visitor.get('/en/sponsorships/institutions/sejm')).statusCode).toBe(404);
    const overview = await visitor.get('/en/sponsorships');
    expect(overview.body).toContain('1 public figure');
    expect(overview.body).toContain('1 person held still has no sponsor');
    expect(overview.body).toContain('href="/en/sponsorships/countries/DE">Germany</a>');
  });

  it('hands a sponsorship over, keeping the history on the person and figure pages, and only once', async () => {
    const anna = await buildFigure(db(), FIGURE);
    await buildFigure(db(), { ...FIGURE, name: 'Lukas Muster' });
    await coordinator.get('/en/sponsorships/figures/anna-beispiel/edit');
    await coordinator.post('/en/sponsorships/figures/anna-beispiel/sponsor', { person: 'yana-arabeika', startedOn: addDays(todayIso(), -100), statementLocale: 'en' });
    const [first] = await db().select().from(sponsorships);
    expect(first).toMatchObject({ figureId: anna.id, state: 'active' });

    const edit = await coordinator.get('/en/sponsorships/figures/anna-beispiel/edit');
    expect(edit.body).toContain('Hand over to another figure');
    const on = addDays(todayIso(), -5);
    const handed = await coordinator.post(`/en/sponsorships/sponsorships/${first.id}/hand-over`, { successor: 'lukas-muster', on, statement: 'Ich übernehme gern.', statementLocale: 'de' });
    expect(handed.statusCode).toBe(303);
    const rows = await db().select().from(sponsorships);
    const ended = rows.find((r) => r.id === first.id)!;
    const next = rows.find((r) => r.id !== first.id)!;
    expect(ended).toMatchObject({ state: 'ended', endedOn: on });
    expect(next).toMatchObject({ state: 'active', startedOn: on, predecessorId: first.id, statementLocale: 'de' });

    const page = (await new TestClient(t.app).get('/en/people/yana-arabeika')).body;
    expect(page).toContain('href="/en/sponsorships/figures/lukas-muster">Lukas Muster</a>, Member of the Bundestag');
    expect(page).toContain('Earlier sponsors');
    expect(page).toMatch(/Anna Beispiel<\/a>, Member of the Bundestag \([^)]+\) handed over to <a href="\/en\/sponsorships\/figures\/lukas-muster">/);
    expect((await new TestClient(t.app).get('/en/sponsorships/figures/anna-beispiel')).body).toContain('Earlier sponsorships');

    // The same hand-over again (a double click, a second coordinator): refused, nothing more stored.
    await coordinator.get('/en/sponsorships/figures/anna-beispiel/edit');
    const again = await coordinator.post(`/en/sponsorships/sponsorships/${first.id}/hand-over`, { successor: 'lukas-muster', on, statementLocale: 'en' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This sponsorship has already ended or been handed over.');
    expect(await db().select().from(sponsorships)).toHaveLength(2);

    // Ending without a successor.
    await coordinator.get('/en/sponsorships/figures/lukas-muster/edit');
    expect((await coordinator.post(`/en/sponsorships/sponsorships/${next.id}/end`, { on: todayIso() })).statusCode).toBe(303);
    expect((await new TestClient(t.app).get('/en/people/yana-arabeika')).body).toContain('No sponsor yet.');
  });

  it('refuses bad input with messages in the page language and stores nothing', async () => {
    await coordinator.get('/de/sponsorships/figures/new');
    const missing = await coordinator.post('/de/sponsorships/figures/new', { name: '', role: 'MdB', institution: 'Bundestag', country: 'ZZ' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Geben Sie den Namen ein.');
    expect(missing.body).toContain('Wählen Sie ein Land aus der Liste.');
    expect(missing.body).toContain('aria-invalid="true"');
    const notImage = await coordinator.postFile('/de/sponsorships/figures/new', FIGURE, { field: 'photo', name: 'x.txt', type: 'text/plain', data: Buffer.from('not a picture') });
    expect(notImage.statusCode).toBe(400);
    expect(notImage.body).toContain('Diese Datei können wir nicht als Bild lesen');
    expect(await db().select().from(publicFigures)).toHaveLength(0);
    expect(figureFiles()).toHaveLength(0);

    await buildFigure(db(), FIGURE);
    const cases: [Record<string, string>, string][] = [
      [{ person: 'nobody-here', startedOn: todayIso() }, 'Diese Person finden wir nicht'],
      [{ person: 'yana-arabeika', startedOn: addDays(todayIso(), 3) }, 'Das Datum darf nicht in der Zukunft liegen.'],
      [{ person: 'yana-arabeika', startedOn: '2026-13-45' }, 'Geben Sie ein Datum im Format JJJJ-MM-TT ein.'],
      [{ person: '', startedOn: todayIso() }, 'Wählen Sie die Person.'],
    ];
    for (const [fields, message] of cases) {
      await coordinator.get('/de/sponsorships/figures/anna-beispiel/edit');
      const res = await coordinator.post('/de/sponsorships/figures/anna-beispiel/sponsor', { statementLocale: 'de', ...fields });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(message);
    }
    expect(await db().select().from(sponsorships)).toHaveLength(0);
  });

  it('lists people held without an active sponsor, by name, and counts neither proposals nor former prisoners', async () => {
    await savePerson(db(), { nameLatin: 'Ales Bialiatski', status: 'current', country: 'BY' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Olga Freed', status: 'released', country: 'BY' }, { importLabel: 'test' });
    const everyone = await db().select().from(people);
    const id = (slug: string) => everyone.find((p) => p.slug === slug)!.id;
    const anna = await buildFigure(db(), FIGURE);
    const proposed = await buildFigure(db(), { ...FIGURE, name: 'Pending Person', state: 'proposed' });
    await buildSponsorship(db(), { figureId: anna.id, personId: id('yana-arabeika') });
    await buildSponsorship(db(), { figureId: anna.id, personId: id('ihar-losik'), state: 'ended', endedOn: todayIso() });
    await buildSponsorship(db(), { figureId: proposed.id, personId: id('ales-bialiatski'), state: 'proposed' });

    const page = (await new TestClient(t.app).get('/en/sponsorships/unsponsored')).body;
    expect(page).toContain('2 people held have no sponsor yet.');
    const listed = [...page.matchAll(/<li><a href="\/en\/people\/([a-z-]+)">/g)].map((m) => m[1]);
    expect(listed).toEqual(['ales-bialiatski', 'ihar-losik']);
    expect((await new TestClient(t.app).get('/en/sponsorships/unsponsored?page=9')).statusCode).toBe(404);
    const overview = (await new TestClient(t.app).get('/en/sponsorships')).body;
    expect(overview).not.toContain('Pending Person');
    expect((await new TestClient(t.app).get('/en/sponsorships/figures/pending-person')).statusCode).toBe(404);
  });

  it('seeds invented demo figures: public ones with sponsorships and a hand-over, and one proposal that stays private', async () => {
    await db().transaction((tx) => seedRegistry(tx, { count: 20, seed: 7 }));
    await seedSponsorshipsDemo(db(), t.deps.keys);
    const figures = await db().select().from(publicFigures);
    expect(figures.filter((f) => f.state === 'approved').length).toBeGreaterThanOrEqual(5);
    const proposal = figures.find((f) => f.state === 'proposed')!;
    expect(t.deps.keys.decrypt(proposal.contactEnc!)).toMatch(/\.invalid$/);
    const rows = await db().select().from(sponsorships);
    expect(rows.some((r) => r.predecessorId && rows.find((p) => p.id === r.predecessorId)?.state === 'ended')).toBe(true);
    const overview = (await new TestClient(t.app).get('/en/sponsorships')).body;
    expect(overview).toContain('Anna Beispiel');
    expect(overview).not.toContain(proposal.name);
  });
});
