// certdesk deploy add/list/test/run/remove/done/waiting (issue 17): where a certificate is used.
// Credentials come from files (never the command line, where `ps` shows them) and are sealed
// like every other secret; the engine binds each one to the target's server.
import { CertdeskError } from '../../shared/errors.ts';
import type {
  DeploySecrets,
  DeployTargetConfig,
  DeployTargetView,
  DeployFiles,
} from '../../shared/deploy.ts';
import { say } from '../../shared/engine-text.ts';
import { EXPORT_FORMATS, PRESET_IDS } from '../../engine/export/types.ts';
import type { DeployRunResult } from '../../engine/deploy/service.ts';
import { readSecretFile, str } from '../context.ts';
import { resolveCertId } from '../cert-ref.ts';
import { day as formatTime } from '../format.ts';
import type { Command, OptionSpec } from './types.ts';
import type { CliContext } from '../context.ts';

const file = (help: string): OptionSpec => ({ type: 'string', arg: 'FILE', help });
const ADD_OPTIONS: Record<string, OptionSpec> = {
  'sftp-host': { type: 'string', arg: 'HOST[:PORT]', help: 'SFTP/SSH server to upload to' },
  'sftp-user': { type: 'string', arg: 'USER', help: 'SSH user name' },
  'sftp-password-file': file('file with the SSH password'),
  'sftp-key-file': file('private key file (OpenSSH or PEM) instead of a password'),
  'sftp-passphrase-file': file('file with the passphrase of the key'),
  'sftp-host-key': {
    type: 'string',
    arg: 'SHA256:...',
    help: 'accept only this server key (default: remember the key seen first)',
  },
  then: {
    type: 'string',
    arg: 'CMD',
    help: 'command after the files are in place: over SSH for --sftp-host, locally for --local-dir',
  },
  'ftp-host': { type: 'string', arg: 'HOST[:PORT]', help: 'FTP server to upload to' },
  'ftp-user': { type: 'string', arg: 'USER', help: 'FTP user name' },
  'ftp-password-file': file('file with the FTP password'),
  ftps: { type: 'boolean', help: 'encrypt the FTP connection (explicit TLS)' },
  'ftps-insecure': { type: 'boolean', help: "with --ftps: accept the server's own certificate" },
  'remote-dir': { type: 'string', arg: 'DIR', help: 'folder on the server (must exist)' },
  'cpanel-url': {
    type: 'string',
    arg: 'URL',
    help: 'cPanel address, e.g. https://example.com:2083',
  },
  'cpanel-user': { type: 'string', arg: 'USER', help: 'cPanel account name' },
  'cpanel-token-file': file('file with a cPanel API token (Security > Manage API Tokens)'),
  'cpanel-domain': {
    type: 'string',
    arg: 'DOMAIN',
    help: 'site to install for (default: first name)',
  },
  'cpanel-insecure': { type: 'boolean', help: "accept cPanel's own (self-signed) certificate" },
  'local-dir': { type: 'string', arg: 'DIR', help: 'folder on this computer' },
  manual: {
    type: 'string',
    arg: 'WHERE',
    help: 'a place you update by hand, e.g. "Router admin page"',
  },
  notes: { type: 'string', arg: 'TEXT', help: 'with --manual: your own notes on how' },
  preset: { type: 'string', arg: 'NAME', help: `files for: ${PRESET_IDS.join(', ')}` },
  format: { type: 'string', arg: 'FORMAT', help: EXPORT_FORMATS.join(', ') },
  'pfx-password-file': file('PFX password, for PFX formats'),
  pkcs1: { type: 'boolean', help: 'RSA key as "BEGIN RSA PRIVATE KEY"' },
  'no-run': { type: 'boolean', help: 'only save the target; do not deploy now' },
};

function need(v: string | undefined, sentence: string): string {
  if (!v?.trim()) throw new CertdeskError('invalid-input', sentence);
  return v;
}

function filesOf(ctx: CliContext): DeployFiles {
  const preset = str(ctx.values, 'preset');
  const format = str(ctx.values, 'format');
  return {
    ...(preset ? { preset } : {}),
    ...(format ? { format } : {}),
    ...(format === 'pfx-legacy' ? { pfxEncoding: 'legacy' as const } : {}),
    ...(ctx.values.pkcs1 ? { rsaKeyFormat: 'pkcs1' as const } : {}),
  };
}

/** The target and its credentials from the options (exactly one kind). */
export function targetFromOptions(ctx: CliContext): {
  config: DeployTargetConfig;
  secrets: DeploySecrets;
} {
  const v = ctx.values;
  const kinds = ['sftp-host', 'ftp-host', 'cpanel-url', 'local-dir', 'manual'].filter((k) =>
    str(v, k),
  );
  if (kinds.length !== 1)
    throw new CertdeskError(
      'invalid-input',
      'Give exactly one place: --sftp-host, --ftp-host, --cpanel-url, --local-dir or --manual.',
    );
  const secrets: DeploySecrets = {};
  const pfx = str(v, 'pfx-password-file');
  if (pfx) secrets.pfxPassword = readSecretFile(pfx, 'the PFX password');
  const then = str(v, 'then');
  switch (kinds[0]) {
    case 'sftp-host': {
      const pw = str(v, 'sftp-password-file');
      const key = str(v, 'sftp-key-file');
      const pass = str(v, 'sftp-passphrase-file');
      if (!pw && !key)
        throw new CertdeskError(
          'invalid-input',
          'SFTP needs --sftp-password-file FILE or --sftp-key-file FILE.',
        );
      if (pw) secrets.password = readSecretFile(pw, 'the SSH password');
      if (key) secrets.privateKey = readSecretFile(key, 'the private key');
      if (pass) secrets.passphrase = readSecretFile(pass, 'the key passphrase');
      const hostKey = str(v, 'sftp-host-key');
      return {
        config: {
          kind: 'sftp',
          host: str(v, 'sftp-host')!,
          user: need(str(v, 'sftp-user'), 'SFTP needs --sftp-user USER.'),
          remoteDir: need(str(v, 'remote-dir'), 'SFTP needs --remote-dir DIR (it must exist).'),
          ...(hostKey ? { hostKey } : {}),
          ...(then ? { command: then } : {}),
          ...filesOf(ctx),
        },
        secrets,
      };
    }
    case 'ftp-host': {
      secrets.password = readSecretFile(
        need(str(v, 'ftp-password-file'), 'FTP needs --ftp-password-file FILE.'),
        'the FTP password',
      );
      if (then)
        throw new CertdeskError('invalid-input', 'FTP cannot run a command: leave out --then.');
      return {
        config: {
          kind: 'ftp',
          host: str(v, 'ftp-host')!,
          user: need(str(v, 'ftp-user'), 'FTP needs --ftp-user USER.'),
          remoteDir: need(str(v, 'remote-dir'), 'FTP needs --remote-dir DIR (it must exist).'),
          ...(v.ftps ? { tls: true } : {}),
          ...(v['ftps-insecure'] ? { tls: true, insecureTls: true } : {}),
          ...filesOf(ctx),
        },
        secrets,
      };
    }
    case 'cpanel-url': {
      secrets.apiToken = readSecretFile(
        need(str(v, 'cpanel-token-file'), 'cPanel needs --cpanel-token-file FILE.'),
        'the cPanel API token',
      );
      const domain = str(v, 'cpanel-domain');
      return {
        config: {
          kind: 'cpanel',
          url: str(v, 'cpanel-url')!,
          user: need(str(v, 'cpanel-user'), 'cPanel needs --cpanel-user USER.'),
          ...(domain ? { domain } : {}),
          ...(v['cpanel-insecure'] ? { insecureTls: true } : {}),
        },
        secrets,
      };
    }
    case 'local-dir':
      return {
        config: {
          kind: 'local',
          dir: str(v, 'local-dir')!,
          ...(then ? { postCommand: then } : {}),
          ...filesOf(ctx),
        },
        secrets,
      };
    default: {
      const notes = str(v, 'notes');
      const preset = str(v, 'preset');
      return {
        config: {
          kind: 'manual',
          label: str(v, 'manual')!,
          ...(notes ? { notes } : {}),
          ...(preset ? { preset } : {}),
        },
        secrets,
      };
    }
  }
}

function targetLine(t: DeployTargetView): string {
  const last = t.lastRun
    ? t.lastRun.ok
      ? `last run ok ${formatTime(t.lastRun.at)}`
      : t.lastRun.errorCode === 'waiting'
        ? 'waiting for you'
        : `last run FAILED ${formatTime(t.lastRun.at)}`
    : 'not run yet';
  const good = t.lastGood ? `; last good ${formatTime(t.lastGood.at)}` : '';
  const retry = t.retryAt ? `; next try ${formatTime(t.retryAt)}` : '';
  return `${t.id}  ${t.config.kind.padEnd(6)} ${t.where}  (${last}${good}${retry})`;
}

/** Prints runs; the exit code is 1 when any target failed (a waiting manual target is not a failure). */
function report(ctx: CliContext, results: DeployRunResult[]): number {
  if (ctx.json) {
    ctx.out(JSON.stringify(results, null, 2));
  } else {
    for (const { target, run } of results) {
      if (run.ok) ctx.out(`ok      ${target.where}`);
      else if (run.errorCode === 'waiting') ctx.out(`waiting ${target.where}: ${run.message}`);
      else {
        ctx.out(`FAILED  ${target.where}: ${run.message}`);
        ctx.out(
          target.lastGood
            ? `        last good deployment: ${formatTime(target.lastGood.at)} (serial ${target.lastGood.serial}); those files stay in place`
            : '        no good deployment yet',
        );
      }
      if (run.command) {
        ctx.out(`        command exit status: ${run.command.exitCode ?? 'none (stopped)'}`);
        for (const l of run.command.outputTail) ctx.out(`        | ${l}`);
      }
    }
  }
  return results.some((r) => !r.run.ok && r.run.errorCode !== 'waiting') ? 1 : 0;
}

const certArg = async (ctx: CliContext, usage: string) => {
  const ref = ctx.positionals[0];
  if (!ref) throw new CertdeskError('invalid-input', `Which certificate? ${usage}`);
  const engine = await ctx.engine();
  return { engine, id: resolveCertId(engine, ref) };
};
const targetArg = (ctx: CliContext, usage: string): string => {
  const t = ctx.positionals[1];
  if (!t)
    throw new CertdeskError(
      'invalid-input',
      `Which target? ${usage} (see certdesk deploy list ID)`,
    );
  return t;
};

export const DEPLOY_COMMANDS: Command[] = [
  {
    name: 'deploy add',
    summary: 'add a place the certificate is used; Certdesk puts it there after every renewal',
    usage:
      'certdesk deploy add ID (--sftp-host H --sftp-user U --remote-dir D (--sftp-password-file F|--sftp-key-file F) [--then CMD] | --ftp-host H --ftp-user U --remote-dir D --ftp-password-file F [--ftps] | --cpanel-url URL --cpanel-user U --cpanel-token-file F | --local-dir D [--then CMD] | --manual WHERE) [--preset P|--format F] [--no-run]',
    options: ADD_OPTIONS,
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy add ID --sftp-host ...');
      const { config, secrets } = targetFromOptions(ctx);
      const t = await engine.deploy.add(id, config, secrets);
      if (!ctx.json) ctx.out(`added ${targetLine(t)}`);
      if (ctx.values['no-run'] || !engine.getStored(id).current) {
        if (ctx.json) ctx.out(JSON.stringify(t, null, 2));
        return 0;
      }
      return report(ctx, await engine.deploy.run(id, { targetId: t.id, trigger: 'issued' }));
    },
  },
  {
    name: 'deploy list',
    summary: "list a certificate's deployment targets with their last runs",
    usage: 'certdesk deploy list ID [--json]',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy list ID');
      const list = engine.deploy.list(id);
      if (ctx.json) ctx.out(JSON.stringify(list, null, 2));
      else if (list.length === 0)
        ctx.out('No deployment targets. Add one: certdesk deploy add ID --local-dir DIR');
      else for (const t of list) ctx.out(targetLine(t));
      return 0;
    },
  },
  {
    name: 'deploy test',
    summary: 'check the connection and permissions of a target without changing anything',
    usage: 'certdesk deploy test ID TARGET',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy test ID TARGET');
      const said = say(
        await engine.deploy.test(id, targetArg(ctx, 'certdesk deploy test ID TARGET')),
      );
      if (ctx.json) ctx.out(JSON.stringify({ ok: true, message: said }));
      else ctx.out(said);
      return 0;
    },
  },
  {
    name: 'deploy run',
    summary: 'deploy now: one target, or every target of the certificate',
    usage: 'certdesk deploy run ID [TARGET] [--json]',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy run ID [TARGET]');
      const targetId = ctx.positionals[1];
      const results = await engine.deploy.run(id, {
        ...(targetId ? { targetId } : {}),
        trigger: 'manual',
      });
      if (results.length === 0 && !ctx.json) ctx.out('No deployment targets to run.');
      return report(ctx, results);
    },
  },
  {
    name: 'deploy remove',
    summary: 'remove a deployment target (files already there stay)',
    usage: 'certdesk deploy remove ID TARGET',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy remove ID TARGET');
      const t = targetArg(ctx, 'certdesk deploy remove ID TARGET');
      await engine.deploy.remove(id, t);
      if (!ctx.json) ctx.out(`removed ${t}`);
      return 0;
    },
  },
  {
    name: 'deploy done',
    summary: 'say you put the new certificate in place by hand',
    usage: 'certdesk deploy done ID TARGET',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy done ID TARGET');
      const t = await engine.deploy.markManualDone(
        id,
        targetArg(ctx, 'certdesk deploy done ID TARGET'),
      );
      ctx.out(ctx.json ? JSON.stringify(t, null, 2) : targetLine(t));
      return 0;
    },
  },
  {
    name: 'deploy waiting',
    summary: 'certificates waiting for you to put them in place by hand',
    usage: 'certdesk deploy waiting [--json]',
    options: {},
    async run(ctx) {
      const list = (await ctx.engine()).deploy.waitingManual();
      if (ctx.json) ctx.out(JSON.stringify(list, null, 2));
      else if (list.length === 0) ctx.out('Nothing waits for you.');
      else
        for (const w of list)
          ctx.out(
            `${w.certId} ${w.names[0]}  ${w.targetId}  ${w.label}  since ${formatTime(w.since)}`,
          );
      return 0;
    },
  },
];
