// CLI commands for the audit pages: `serve` (a local web app over the output folder) and `report` (the
// same pages as a static site). Thin: flags in, the library's app or report out.
import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { defaultKeyFile } from '../ledger/keys.js';
import { parseVerifier, type Verifier } from '../ledger/sign.js';
import { CONFIG_HELP, ledgerFolder, pinnedKeyText, UsageError, whole } from './args.js';
import { onStop } from './terminal.js';

/** The verifier key for the pages' verify status: --key, else the config's ledger.publicKey, else this machine's own key. */
export function pagesKey(flag: string | undefined, cfg: Config): { key?: Verifier; source: string } {
  const parse = (text: string, source: string) => {
    try { return { key: parseVerifier(text.trim()), source }; } catch (e) { throw new UsageError(`bad verifier key (${source}): ${(e as Error).message}`); }
  };
  const pinned = pinnedKeyText(flag, cfg.ledger.publicKey);
  if (pinned) return parse(pinned.text, pinned.source);
  const pub = defaultKeyFile(cfg.ledger.origin).replace(/\.key$/, '.pub');
  if (existsSync(pub)) return parse(readFileSync(pub, 'utf8'), `checked with this machine's own key (${pub}); pin a published key with --key`);
  return { source: 'no verifier key (--key or ledger.publicKey): checkpoints cannot be trusted' };
}

/** Writing appends signed events: the signing key must be where `run` would find it (never created here). */
function signingKeyFile(outputDir: string, cfg: Config): string | undefined {
  for (const f of [cfg.ledger.privateKey, defaultKeyFile(cfg.ledger.origin), path.join(outputDir, 'keys', 'ed25519.key')]) if (f && existsSync(f)) return f;
  return undefined;
}

export function webCommands(program: Command, config: (file: string | undefined) => Config): void {
  program.command('serve')
    .description('the audit pages over the output folder on http://127.0.0.1: articles with every claim highlighted, claim cards, speakers, the audit; read-only unless --write')
    .option('-o, --output <dir>', 'output directory (default: config "output")')
    .option('-c, --config <file>', CONFIG_HELP)
    .option('-k, --key <key>', 'the pinned verifier key (NAME+KEYID+BASE64) or a file holding it, for the verify status')
    .option('--port <n>', 'port (0: any free port)', whole(0), 8080)
    .option('--host <address>', 'address to listen on; anything but 127.0.0.1/localhost/::1 shows the pages to the network', '127.0.0.1')
    .option('--write', 'allow reviews and corrections from the pages (appended as signed ledger events); needs the signing key and the token printed at start')
    .action(async (o: { output?: string; config?: string; key?: string; port: number; host: string; write?: boolean }) => {
      const cfg = config(o.config);
      const out = ledgerFolder(o.output ?? cfg.output);
      const { key, source } = pagesKey(o.key, cfg);
      if (o.write && !signingKeyFile(out, cfg)) throw new UsageError(`--write appends signed events, and the signing key for ${cfg.ledger.origin} is not here (${defaultKeyFile(cfg.ledger.origin)} or the config's ledger.privateKey): serve without --write, or run where the ledger was written`);
      const [{ createApp }, { serve }] = await Promise.all([import('../web/app.js'), import('@hono/node-server')]);
      const token = o.write ? randomBytes(24).toString('base64url') : undefined;
      const local = ['127.0.0.1', 'localhost', '::1'].includes(o.host);
      let hosts: string[] | undefined;
      const server = createApp({ outputDir: out, config: cfg, key, keySource: source, token, get hosts() { return hosts; } });
      const http = serve({ fetch: server.app.fetch, port: o.port, hostname: o.host }, (info) => {
        const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
        hosts = local ? [`127.0.0.1:${info.port}`, `localhost:${info.port}`, `[::1]:${info.port}`] : undefined;
        const base = `http://${shown}:${info.port}/`;
        process.stderr.write(`claimledger serve: ${out} on ${base}${local ? ' (this machine only)' : ` (listening on ${o.host}: anyone who can reach it sees the pages)`}\n`);
        process.stderr.write(o.write ? `writing on: open ${base}?token=${token} once in your browser to review and correct (the token is this run's; keep it private)\n` : 'read-only (--write to review and correct from the pages)\n');
        process.stderr.write('Ctrl-C stops it\n');
      });
      http.on('error', (e: NodeJS.ErrnoException) => {
        server.close();
        const why = e.code === 'EADDRINUSE' ? `port ${o.port} on ${o.host} is in use: name another with --port N (--port 0 takes any free one)` : e.code === 'EADDRNOTAVAIL' ? `${o.host} is not an address of this machine` : e.code === 'EACCES' ? `no permission to listen on port ${o.port}` : e.message;
        process.stderr.write(`claimledger serve: ${why}\n`);
        process.exit(64);
      });
      const stop = () => { server.close(); http.close(); process.exit(0); };
      onStop(stop);
    });

  program.command('report')
    .description('the audit pages as a static site in DIR: opens from disk, can be shared (read-only; style and script inline)')
    .argument('<dir>', 'where to write the pages (index.html first)')
    .option('-o, --output <dir>', 'output directory (default: config "output")')
    .option('-c, --config <file>', CONFIG_HELP)
    .option('-k, --key <key>', 'the pinned verifier key (NAME+KEYID+BASE64) or a file holding it, for the verify status')
    .action(async (dir: string, o: { output?: string; config?: string; key?: string }) => {
      const cfg = config(o.config);
      const out = ledgerFolder(o.output ?? cfg.output);
      const { key, source } = pagesKey(o.key, cfg);
      const { writeReport } = await import('../web/report.js');
      const r = await writeReport({ outputDir: out, config: cfg, dir, key, keySource: source });
      process.stdout.write(`${r.pages} pages in ${r.dir} (${r.articles} articles, ${r.speakers} speakers, ${r.findings} findings; ledger ${r.verify}): open ${path.join(r.dir, 'index.html')}\n`);
    });
}
