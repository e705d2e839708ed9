import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../app/config.ts';
import { openRuntime, type Runtime } from '../app/bootstrap.ts';
import { DataDirLockedError } from '../db/lock.ts';
import { usersCommand } from './users.ts';
import { importCommand, ImportFailed } from './import.ts';
import { seedDemo } from '../db/seed.ts';
import { UsageError } from './usage-error.ts';
import { stderrLog } from '../app/errors.ts';

const USAGE = `Usage: solpost <command> [options]

Commands:
  migrate                                  apply database migrations
  seed                                     create the synthetic demo accounts and registry (empty database only)
  users create <email> --role <role>       create a confirmed account; prints a link to set its password
  users roles <email> [--add <role>] [--remove <role>]
                                           show or change an account's roles (repeatable options)
  import <viasna|ovdinfo> <file> [--dry-run] [--skip-invalid]
                                           import people and facilities (JSON; Viasna also CSV);
                                           all or nothing unless --skip-invalid
  import targets <file.csv> [--dry-run]    import campaign targets (embassies, ministries, members
                                           of parliament); a re-import updates by ref; all or nothing
  import postcodes <file.csv> --country XX [--replace] [--dry-run]
                                           import a country's postcode → constituency table;
                                           --replace swaps the whole table (a new edition)
                                           (columns: docs/import-targets.md)
  jobs status                              count background jobs by state
  help                                     show this help

Roles: supporter, translator, scribe, mailer, moderator, editor, coordinator, admin.
The same environment as the server applies (DATABASE_URL, DATA_DIR, SECRET_KEY, ...).`;

async function withRuntime(fn: (rt: Runtime) => Promise<void>) {
  const config = loadConfig();
  const rt = await openRuntime(config, stderrLog);
  try {
    await fn(rt);
  } finally {
    await rt.close();
  }
}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, 'skip-invalid': { type: 'boolean' }, country: { type: 'string' }, replace: { type: 'boolean' }, role: { type: 'string', multiple: true }, add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, sub, ...rest] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return;
  }
  switch (command) {
    case 'migrate':
      if (sub) throw new UsageError(`migrate takes no arguments`);
      return withRuntime(async (rt) => console.log(`Database is at migration ${rt.deps.migration} (${rt.deps.database.kind}).`));
    case 'seed':
      if (sub) throw new UsageError(`seed takes no arguments`);
      return withRuntime(async (rt) => {
        const created = await seedDemo(rt.deps.database.db, rt.deps.keys, rt.deps.blobs);
        console.log(created ? 'Demo data created.' : 'The database already has accounts and people; nothing was seeded.');
      });
    case 'users':
      if (sub !== 'create' && sub !== 'roles') throw new UsageError(`unknown users command: ${sub ?? '(none)'}`);
      return withRuntime((rt) => usersCommand(rt, sub, rest, values));
    case 'import':
      return withRuntime((rt) => importCommand(rt, [sub, ...rest].filter((a) => a !== undefined), { dryRun: values['dry-run'], skipInvalid: values['skip-invalid'], country: values.country, replace: values.replace }));
    case 'jobs':
      if (sub !== 'status' || rest.length) throw new UsageError(`unknown jobs command: ${sub ?? '(none)'}`);
      return withRuntime(async (rt) => {
        const rows = await rt.deps.jobs.status();
        console.log('queue\tqueued\tactive\tfailed\tcompleted');
        for (const r of rows) console.log(`${r.name}\t${r.queued}\t${r.active}\t${r.failed}\t${r.completed}`);
      });
    default:
      throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (err) => {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`solpost: ${err.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof ImportFailed) {
      console.error(err.message);
      process.exit(1);
    }
    console.error('solpost failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
