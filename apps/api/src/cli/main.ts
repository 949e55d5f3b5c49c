import 'reflect-metadata';
import { Command } from 'commander';
import { AppConfig } from '../config/app-config.js';
import { ConfigError, parseEnv } from '../config/env.schema.js';
import {
  type CliContext,
  anonymiseEvent,
  backupEvent,
  closeContext,
  createAdmin,
  isOperatorError,
  migrate,
  openContext,
  restoreEvent,
  rowCount,
} from './cli.commands.js';
import { ask, readPassword } from './password-prompt.js';

// Standard exit codes (sysexits.h): a usage or input problem, and a configuration problem.
const EX_DATAERR = 65;
const EX_CONFIG = 78;

/** Messages go to stderr, so `backup` without --out can write the document alone to stdout. */
const say = (line: string) => process.stderr.write(`${line}\n`);

/** Reads the same environment as the API, opens the database, runs one command, closes. */
function withDatabase<Options>(command: (context: CliContext, options: Options) => Promise<void>) {
  return async (options: Options) => {
    let config: AppConfig;
    try {
      config = new AppConfig(parseEnv(process.env));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      say(error.message);
      process.exit(EX_CONFIG);
    }
    const context = await openContext(config);
    try {
      await command(context, options);
    } finally {
      await closeContext(context);
    }
  };
}

function reportMigrations(applied: string[]): void {
  if (applied.length === 0) say('The database schema is up to date.');
  else for (const name of applied) say(`Applied migration ${name}`);
}

const program = new Command('hackboard')
  .description('Hackboard operations: schema migrations, admins, event backups, restores and anonymisation.')
  .showHelpAfterError();

program
  .command('migrate')
  .description('apply pending database migrations and list them')
  .action(
    withDatabase(async (context) => {
      const { applied, known } = await migrate(context);
      reportMigrations(applied);
      say(`${known.length} migrations known to this version: ${known.join(', ')}`);
    }),
  );

program
  .command('create-admin')
  .description('make a platform admin: create the account, or promote the existing one with that email')
  .requiredOption('--email <email>', 'email address of the admin')
  .requiredOption('--name <name>', 'display name (for a new account)')
  .option('--password <password>', 'password for a new account (otherwise asked for, or read from stdin)')
  .action(
    withDatabase<{ email: string; name: string; password?: string }>(async (context, options) => {
      reportMigrations((await migrate(context)).applied);
      const result = await createAdmin(context, {
        email: options.email,
        name: options.name,
        password: () => options.password ?? readPassword(`Password for ${options.email}: `),
      });
      say(
        result.created
          ? `Created platform admin ${result.email} (${result.id}).`
          : `${result.email} already had an account: it is a platform admin now (password unchanged).`,
      );
    }),
  );

program
  .command('backup')
  .description('export one event with everything that belongs to it as a JSON document')
  .requiredOption('--event <slug>', 'slug of the event')
  .option('--out <file>', 'write to this file (mode 600) instead of standard output')
  .action(
    withDatabase<{ event: string; out?: string }>(async (context, options) => {
      const backup = await backupEvent(context, options);
      const tables = Object.keys(backup.tables).length + Object.keys(backup.shared).length;
      if (!options.out) {
        process.stdout.write(`${JSON.stringify(backup, null, 2)}\n`);
        return;
      }
      say(`Backed up "${backup.event.slug}": ${rowCount(backup)} rows from ${tables} tables to ${options.out}.`);
    }),
  );

program
  .command('restore')
  .description('import an event backup into a database that does not have that event yet (one transaction)')
  .requiredOption('--in <file>', 'the backup file')
  .action(
    withDatabase<{ in: string }>(async (context, options) => {
      const summary = await restoreEvent(context, options);
      reportMigrations(summary.migrated);
      const inserted = Object.entries(summary.inserted).map(([table, count]) => `${table} ${count}`);
      const matched = Object.entries(summary.matched).map(([table, count]) => `${table} ${count}`);
      say(`Restored "${summary.event.slug}" (${summary.event.id}).`);
      say(`Inserted: ${inserted.join(', ') || 'nothing'}.`);
      if (matched.length > 0) say(`Reused existing: ${matched.join(', ')}.`);
    }),
  );

program
  .command('anonymise')
  .description("remove participants' personal data from a finished event, keeping the official record")
  .requiredOption('--event <slug>', 'slug of the event')
  .option('--yes', 'do not ask for confirmation at a terminal')
  .action(
    withDatabase<{ event: string; yes?: boolean }>(async (context, options) => {
      if (process.stdin.isTTY && !options.yes) {
        const typed = await ask(`This cannot be undone. Type the slug "${options.event}" to go on: `, {
          hidden: false,
        });
        if (typed.trim() !== options.event) {
          say('Not confirmed; nothing was changed.');
          process.exitCode = 1;
          return;
        }
      }
      const summary = await anonymiseEvent(context, options);
      const changed = Object.entries(summary.changed).map(([table, count]) => `${table} ${count}`);
      say(`Anonymised "${summary.event.slug}": ${summary.participants} participants replaced by pseudonyms.`);
      say(`Rows changed: ${changed.join(', ') || 'none'}.`);
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  if (isOperatorError(error)) {
    say(`Error: ${error.message}`);
    process.exit(EX_DATAERR);
  }
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
