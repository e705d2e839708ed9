import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { seedRegistry } from '../../registry/registry.builders.ts';
import { seedTargetsDemo } from '../targets/targets.builders.ts';
import { seedActionsDemo } from './actions.builders.ts';
import { deliveriesIn, lettersIn } from './actions.fixtures.ts';

describe.each(TEST_DB_KINDS)('the letter actions demo on %s', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  it('makes two letter actions with the demo targets, and letters already sent so the counter is not zero', async () => {
    const db = t.deps.database.db;
    await seedRegistry(db, { count: 10, seed: 7 });
    await seedTargetsDemo(db, t.deps.keys);
    await seedActionsDemo(db, t.deps.keys);
    const visitor = new TestClient(t.app);
    const page = (await visitor.get('/en/campaigns/write-to-the-embassies')).body;
    expect(page).toContain('7 letters sent');
    expect(page).toContain('Embassy of the Republic of Belarus in Germany (demo entry)');
    expect((await visitor.get('/en/campaigns/ask-your-member-of-parliament')).body).toContain('Your own member of parliament');
    expect(await lettersIn(t)).toHaveLength(7);
    const deliveries = await deliveriesIn(t);
    expect(deliveries.every((d) => d.mode === 'mailto' && d.state === 'sent')).toBe(true);
    // Synthetic supporters only.
    for (const l of await lettersIn(t)) expect(t.deps.keys.decrypt(l.emailEnc!)).toMatch(/@demo\.invalid$/);
  });
});
