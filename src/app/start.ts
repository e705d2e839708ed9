import { ConfigError, loadConfig } from './config.ts';
import { openFromConfig } from '../db/client.ts';
import { DataDirLockedError } from '../db/lock.ts';
import { stderrLog } from './errors.ts';

const startedAt = performance.now();

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  // Opening the database (WebAssembly compile, PostgreSQL start) overlaps with loading the web layer.
  const opening = openFromConfig(config);
  opening.catch(() => {});
  const [{ createRuntime }, { buildApp }, { seedDemo }] = await Promise.all([import('./bootstrap.ts'), import('./server.tsx'), import('../db/seed.ts')]);
  let runtime;
  try {
    runtime = await createRuntime(config, await opening, stderrLog);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { deps } = runtime;
  const seeded = config.seedDemo ? await seedDemo(deps.database.db, deps.keys, deps.blobs) : false;
  const app = await buildApp(deps);
  await app.listen({ port: config.port, host: config.host });
  await deps.jobs.work();
  const { schedulePurge } = await import('./maintenance.ts');
  const stopPurge = schedulePurge(deps.database.db, deps.blobs, deps.config, (err) => stderrLog.error({ err }, 'purge failed'));
  const { scheduleSolidarity } = await import('../modules/solidarity/solidarity.maintenance.ts');
  const stopSolidarity = scheduleSolidarity(deps, (err) => stderrLog.error({ err }, 'solidarity maintenance failed'));
  const { scheduleCampaigns } = await import('../modules/campaigns/campaigns.maintenance.ts');
  const stopCampaigns = scheduleCampaigns(deps, (err) => stderrLog.error({ err }, 'campaigns maintenance failed'));

  const where = config.publicUrl;
  console.log(`Solidarity Post is running: open ${where}/ (database: ${deps.database.kind}, migration ${deps.migration}, started in ${Math.round(performance.now() - startedAt)} ms)`);
  if (runtime.transport.kind === 'outbox') console.log(`Outgoing e-mails are not sent in development: read them at ${where}/en/dev/outbox`);
  if (seeded) console.log('Demo data was created: synthetic accounts (see README "Demo accounts") and invented people in the registry.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopPurge();
    stopSolidarity();
    stopCampaigns();
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error('Solidarity Post failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
