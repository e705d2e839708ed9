import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { buildFriend, buildFriendship, buildTask } from './friends.builders.ts';
import { friendTaskDone, friendTasks } from './friends.tables.ts';

/** A JPEG as a phone writes it, with the owner's name and a GPS position in its EXIF. */
const phoneJpeg = () =>
  sharp({ create: { width: 90, height: 60, channels: 3, background: '#3366aa' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Secret Owner Name' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1' } })
    .toBuffer();

const TOKEN_A = 'a'.repeat(43);
const TOKEN_B = 'b'.repeat(43);

describe.each(TEST_DB_KINDS)('friends tasks on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  let friendshipA: string;
  let friendshipB: string;
  let personId: string;

  beforeEach(async () => {
    t = await startTestApp(kind);
    personId = (await savePerson(db(), { nameLatin: 'Boris Arlou', status: 'current', country: 'BY' }, { importLabel: 'test' })).person.id;
    const other = (await savePerson(db(), { nameLatin: 'Clara Zhuk', status: 'current', country: 'BY' }, { importLabel: 'test' })).person.id;
    const a = await buildFriend(db(), t.deps.keys, { pseudonym: 'Linden', email: 'a@example.org', pageToken: TOKEN_A });
    const b = await buildFriend(db(), t.deps.keys, { pseudonym: 'Sparrow', email: 'b@example.org', pageToken: TOKEN_B, locale: 'ru' });
    friendshipA = (await buildFriendship(db(), { friendId: a.id, personId })).id;
    friendshipB = (await buildFriendship(db(), { friendId: b.id, personId })).id;
    await buildTask(db(), { title: 'Send a postcard', kind: 'postcard', dueOn: '2031-05-01' });
    await buildTask(db(), { title: 'Only for Clara', personId: other });
    await buildTask(db(), { title: 'Old task', active: false });
    await buildTask(db(), { title: 'Нарисуйте рисунок', locale: 'pl' });
  });
  afterEach(() => t.close());

  const taskId = async (title: string) => (await db().select().from(friendTasks)).find((x) => x.title === title)!.id;

  it('marks a task done with a photo stored without its metadata, once; the photo is for the friend and coordinators only', async () => {
    const c = new TestClient(t.app);
    const page = await c.get(`/en/friends/me?token=${TOKEN_A}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Send a postcard');
    expect(page.body).toContain('due May 1, 2031');
    expect(page.body).not.toContain('Only for Clara');
    expect(page.body).not.toContain('Old task');
    // Tasks in the friend's language, else English: there are none in Russian, so friend B reads the English ones.
    expect((await c.get(`/ru/friends/me?token=${TOKEN_B}`)).body).toContain('Send a postcard');

    const task = await taskId('Send a postcard');
    const photo = { field: 'photo', name: 'IMG_0001.jpg', type: 'image/jpeg', data: await phoneJpeg() };
    await c.get(`/en/friends/me?token=${TOKEN_A}`);
    const done = await c.postFile('/en/friends/me/done', { token: TOKEN_A, friendship: friendshipA, task }, photo);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/en/friends/me?token=${TOKEN_A}&notice=done`);
    await c.get(`/en/friends/me?token=${TOKEN_A}`);
    const again = await c.postFile('/en/friends/me/done', { token: TOKEN_A, friendship: friendshipA, task }, photo);
    expect(again.headers.location).toContain('notice=already');
    const rows = await db().select().from(friendTaskDone);
    expect(rows).toHaveLength(1);
    const stored = fs.readFileSync(path.join(t.deps.config.dataDir, 'files', ...rows[0].photoKey!.split('/')));
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('Secret Owner Name'))).toBe(false);
    // The second upload's file was removed: one file per done task.
    expect(fs.readdirSync(path.join(t.deps.config.dataDir, 'files', 'friends'))).toHaveLength(1);

    const after = await c.get(`/en/friends/me?token=${TOKEN_A}&notice=done`);
    expect(after.body).toContain('Done. Thank you!');
    expect(after.body).toContain('1 task done');
    expect(after.body).not.toContain('Mark “Send a postcard” as done');
    const img = after.body.match(/src="(\/media\/friends\/[0-9a-f-]+)\?token=/)![1];
    expect((await c.get(`${img}?token=${TOKEN_A}`)).statusCode).toBe(200);
    expect((await c.get(img)).statusCode).toBe(404);
    expect((await c.get(`${img}?token=${TOKEN_B}`)).statusCode).toBe(404);
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    expect((await coordinator.get(img)).statusCode).toBe(200);
    expect((await coordinator.get('/en/friends/progress')).body).toContain(img);
    const moderator = await signInStaff(t, 'moderator@example.org', ['moderator']);
    expect((await moderator.get(img)).statusCode).toBe(404);
    // The public sees counts only.
    expect((await new TestClient(t.app).get('/en/people/boris-arlou')).body).toContain('1 task done');
  });

  it("refuses another friend's friendship, a task for someone else, and a file that is not a picture", async () => {
    const c = new TestClient(t.app);
    const task = await taskId('Send a postcard');
    // Each post from a fresh form page (a 404 page carries no form).
    const post = async (url: string, form: Record<string, string>) => {
      await c.get('/en/friends/link');
      return (await c.post(url, form)).statusCode;
    };
    expect(await post('/en/friends/me/done', { token: TOKEN_B, friendship: friendshipA, task })).toBe(404);
    expect(await post('/en/friends/me/done', { friendship: friendshipA, task })).toBe(404);
    expect(await post('/en/friends/me/done', { token: TOKEN_A, friendship: friendshipA, task: await taskId('Only for Clara') })).toBe(404);
    expect(await post('/en/friends/me/end', { token: TOKEN_B, friendship: friendshipA })).toBe(404);
    expect(await post('/en/friends/me/reminders', { token: 'c'.repeat(43), reminders: 'on' })).toBe(404);
    const notImage = { field: 'photo', name: 'x.jpg', type: 'image/jpeg', data: Buffer.from('not a picture at all') };
    await c.get('/en/friends/link');
    const refused = await c.postFile('/en/friends/me/done', { token: TOKEN_A, friendship: friendshipA, task }, notImage);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('This file is not a picture we can read.');
    expect(await db().select().from(friendTaskDone)).toHaveLength(0);
    // Without a photo is fine.
    expect(await post('/en/friends/me/done', { token: TOKEN_B, friendship: friendshipB, task })).toBe(303);
    expect(await db().select().from(friendTaskDone)).toHaveLength(1);
  });

  it('lets a coordinator write, edit and deactivate tasks, with clear messages for bad input', async () => {
    const c = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    await c.get('/en/friends/tasks');
    const bad = await c.post('/en/friends/tasks', { kind: 'letter', locale: 'en', title: '', body: 'x', person: 'nobody-at-all', dueOn: '2026-02-31' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a title.');
    expect(bad.body).toContain('Enter a date like 2026-12-31.');
    const unknown = await c.post('/en/friends/tasks', { kind: 'letter', locale: 'en', title: 'T', body: 'x', person: 'nobody-at-all', dueOn: '' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Nobody has this page address.');
    expect(await db().select().from(friendTasks)).toHaveLength(4);

    const created = await c.post('/en/friends/tasks', { kind: 'creative', locale: 'en', title: 'Draw a bird', body: 'Any bird you like.', person: 'boris-arlou', dueOn: '2031-06-01' });
    expect(created.statusCode).toBe(303);
    const list = await c.get('/en/friends/tasks');
    expect(list.body).toContain('Draw a bird');
    expect(list.body).toContain('Creative task');
    const id = await taskId('Draw a bird');
    expect((await db().select().from(friendTasks)).find((x) => x.id === id)).toMatchObject({ personId, dueOn: '2031-06-01', kind: 'creative' });
    expect((await new TestClient(t.app).get(`/en/friends/me?token=${TOKEN_A}`)).body).toContain('Draw a bird');

    await c.get(`/en/friends/tasks/${id}`);
    await c.post(`/en/friends/tasks/${id}`, { kind: 'creative', locale: 'en', title: 'Draw a tree', body: 'Any tree.', person: '', dueOn: '' });
    expect((await db().select().from(friendTasks)).find((x) => x.id === id)).toMatchObject({ title: 'Draw a tree', personId: null, dueOn: null });
    await c.get(`/en/friends/tasks/${id}`);
    expect((await c.post(`/en/friends/tasks/${id}/deactivate`, {})).statusCode).toBe(303);
    expect((await db().select().from(friendTasks)).find((x) => x.id === id)!.active).toBe(false);
    expect((await new TestClient(t.app).get(`/en/friends/me?token=${TOKEN_A}`)).body).not.toContain('Draw a tree');
  });
});
