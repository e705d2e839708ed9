import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-cli-'));
const solpost = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/solpost.js', ...args], { env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development' }, encoding: 'utf8' });

describe('the solpost command', () => {
  it('prints usage for --help, and usage with a non-zero status for unknown commands and bad arguments', () => {
    const help = solpost('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('users create <email> --role <role>');
    for (const args of [['frobnicate'], [], ['users', 'create', 'not-an-email', '--role', 'admin'], ['users', 'create', 'a@example.org', '--role', 'emperor'], ['jobs', 'explode'], ['migrate', '--colour']]) {
      const run = solpost(...args);
      expect(run.status, args.join(' ')).not.toBe(0);
      expect(run.stderr, args.join(' ')).toContain('Usage: solpost');
    }
  });

  it('migrates, creates a user with a password link, changes roles and shows job counts', () => {
    expect(solpost('migrate').stdout).toMatch(/migration \d{4}_/);
    const created = solpost('users', 'create', 'Coord@Example.org', '--role', 'coordinator');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/\/en\/password\/reset\?token=[\w-]{43}/);
    expect(solpost('users', 'create', 'coord@example.org', '--role', 'admin').status).not.toBe(0);
    const roles = solpost('users', 'roles', 'coord@example.org', '--add', 'translator', '--remove', 'coordinator');
    expect(roles.stdout.trim()).toBe('Roles: supporter, translator');
    expect(solpost('users', 'roles', 'nobody@example.org').status).not.toBe(0);
    const jobs = solpost('jobs', 'status');
    expect(jobs.status).toBe(0);
    expect(jobs.stdout).toContain('email.send.v1');
  });
});

describe('solpost import', () => {
  const fixture = (name: string) => path.join('src/modules/registry/import/fixtures', name);

  it('imports a file, reports a second run as unchanged, and shows what a dry run would do', () => {
    const first = solpost('import', 'viasna', fixture('viasna-small.json'));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Created 12, updated 0, unchanged 0 of 12 rows.');
    expect(solpost('import', 'viasna', fixture('viasna-small.csv')).stdout).toContain('Created 0, updated 0, unchanged 12 of 12 rows.');
    expect(solpost('import', 'ovdinfo', fixture('ovdinfo-small.json'), '--dry-run', '--skip-invalid').stdout).toMatch(/^Dry run \(nothing was changed\): would have created \d+/);
  });

  it('stops at a bad row with its number, exit status 1 and nothing changed; --skip-invalid lists it', () => {
    const bad = solpost('import', 'viasna', fixture('viasna-bad-row.json'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('row 3');
    expect(bad.stderr).toContain('1996-13-40');
    const skipped = solpost('import', 'viasna', fixture('viasna-bad-row.json'), '--skip-invalid');
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toMatch(/Skipped 1 invalid row\(s\):\n {2}row 3: .*1996-13-40/);
    expect(solpost('import', 'pdf', 'x.json').status).toBe(2);
    expect(solpost('import', 'viasna', 'no-such-file.json').status).toBe(2);
  });
});

// Each run starts a process that opens the database: seconds each on a busy machine, so these tests get room,
// and wait without blocking (a blocked test worker misses vitest's own messages).
const CLI_TIMEOUT = 180_000;
const run = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['bin/solpost.js', ...args], { env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

describe('solpost import targets and postcodes', () => {
  const fixture = (name: string) => path.join('src/modules/campaigns/targets/fixtures', name);

  it('imports targets, reports a re-import as unchanged, updates by ref, and shows what a dry run would do', async () => {
    const dry = await run('import', 'targets', fixture('targets-small.csv'), '--dry-run');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Dry run (nothing was changed): would have created 6, updated 0, unchanged 0 of 6 rows.');
    expect((await run('import', 'targets', fixture('targets-small.csv'))).stdout).toContain('Created 6, updated 0, unchanged 0 of 6 rows.');
    expect((await run('import', 'targets', fixture('targets-small.csv'))).stdout).toContain('Created 0, updated 0, unchanged 6 of 6 rows.');
    expect((await run('import', 'targets', fixture('targets-update.csv'))).stdout).toContain('Created 0, updated 1, unchanged 1 of 2 rows.');
  }, CLI_TIMEOUT);

  it('stops a targets import at a bad row with its number, exit status 1 and nothing changed', async () => {
    const bad = await run('import', 'targets', fixture('targets-bad-row.csv'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Import stopped, nothing was changed: row 3: email "not-an-address@": Enter a valid e-mail address');
    // Nothing of rows 1 and 2 was written: a dry run of just those rows would still create both.
    const firstTwo = fs.readFileSync(fixture('targets-bad-row.csv'), 'utf8').split('\n').slice(0, 3).join('\n');
    const file = path.join(dataDir, 'first-two.csv');
    fs.writeFileSync(file, firstTwo);
    expect((await run('import', 'targets', file, '--dry-run')).stdout).toContain('would have created 2,');
    expect((await run('import', 'targets', fixture('targets-small.csv'), '--skip-invalid')).status).toBe(2);
    expect((await run('import', 'targets', fixture('targets-small.csv'), '--country', 'DE')).status).toBe(2);
  }, CLI_TIMEOUT);

  it('imports a postcode table, replaces it with a new edition, and refuses a bad row or a missing --country', async () => {
    const first = await run('import', 'postcodes', fixture('postcodes-de-small.csv'), '--country', 'de');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('DE postcode table: added 4, unchanged 0 of 4 rows.');
    expect((await run('import', 'postcodes', fixture('postcodes-de-new-edition.csv'), '--country', 'DE', '--replace', '--dry-run')).stdout).toContain(
      'Dry run (nothing was changed): DE postcode table: would have added 1, unchanged 2, would have removed 2 of 3 rows.',
    );
    expect((await run('import', 'postcodes', fixture('postcodes-de-new-edition.csv'), '--country', 'DE', '--replace')).stdout).toContain('DE postcode table: added 1, unchanged 2, removed 2 of 3 rows.');
    const bad = await run('import', 'postcodes', fixture('postcodes-bad-row.csv'), '--country', 'DE', '--replace');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('row 2: postcode "1011": not a postcode of DE');
    expect((await run('import', 'postcodes', fixture('postcodes-de-new-edition.csv'), '--country', 'DE')).stdout).toContain('added 0, unchanged 3 of 3 rows.');
    const noCountry = await run('import', 'postcodes', fixture('postcodes-de-small.csv'));
    expect(noCountry.status).toBe(2);
    expect(noCountry.stderr).toContain('--country XX is required');
    expect((await run('--help')).stdout).toContain('import postcodes <file.csv> --country XX [--replace]');
  }, CLI_TIMEOUT);
});
