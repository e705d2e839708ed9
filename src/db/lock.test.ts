import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { acquireLock, DataDirLockedError } from './lock.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-lock-'));

describe('the data-folder lock', () => {
  it('refuses a second holder while the first lives, and frees on release', () => {
    const file = path.join(tmp(), 'solpost.lock');
    const release = acquireLock(file);
    expect(() => acquireLock(file)).toThrow(DataDirLockedError);
    release();
    expect(fs.existsSync(file)).toBe(false);
    acquireLock(file)();
  });

  it('takes over a lock left by a process that died', async () => {
    const file = path.join(tmp(), 'solpost.lock');
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    fs.writeFileSync(file, String(deadPid));
    const release = acquireLock(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('makes a second server process on the same data folder exit with a clear message', async () => {
    const dir = tmp();
    const release = acquireLock(path.join(dir, 'solpost.lock'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/start.ts'], { env: { ...process.env, DATA_DIR: dir, PORT: '0', NODE_ENV: 'development' } });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const code = await new Promise((r) => child.on('exit', r));
    release();
    expect(code).toBe(1);
    expect(stderr).toContain('in use by another Solidarity Post process');
  });
});
