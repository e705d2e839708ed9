import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

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
