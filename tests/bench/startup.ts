import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface Started {
  child: ChildProcess;
  ms: number;
  url: string;
}

/** Starts `npm start` exactly as a newcomer does and times it to the first 200 from /healthz. `env` adds or overrides variables. */
export async function startServer(dataDir: string, port: number, env: Record<string, string> = {}): Promise<Started> {
  const t0 = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, ms: performance.now() - t0, url };
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    for (const task of fs.readdirSync(`/proc/${p}/task`)) {
      const kids = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      for (const k of kids) {
        out.push(k);
        walk(k);
      }
    }
  };
  walk(pid);
  return out;
}

/** Resident memory of the server's node process (not npm's), in MB. */
export function serverRssMb(child: ChildProcess): number {
  let max = 0;
  for (const pid of descendants(child.pid!)) {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmd.includes('start.ts')) continue;
    const rss = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    if (rss) max = Math.max(max, Number(rss[1]) / 1024);
  }
  return max;
}

/** Stops npm and waits for the server's own process to end (npm exits first; the server then closes the database). */
export async function stopServer(child: ChildProcess) {
  const pids = descendants(child.pid!);
  const exited = child.exitCode === null ? new Promise((r) => child.once('exit', r)) : Promise.resolve();
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  while (pids.some((pid) => fs.existsSync(`/proc/${pid}`))) await new Promise((r) => setTimeout(r, 20));
}
