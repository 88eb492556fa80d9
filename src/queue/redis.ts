// Where the queue lives: redis://[user:password@]host:port/db[?queue=name]. One queue name per
// ledger being built (the default "claimledger"); the sequencer and every worker name the same URL.
import type { ConnectionOptions } from 'bullmq';

export interface QueueAddress { connection: ConnectionOptions & { host: string; port: number; db: number }; name: string; shown: string }

export class QueueUrlError extends Error {}

export function parseQueueUrl(url: string): QueueAddress {
  let u: URL;
  try { u = new URL(url); } catch { throw new QueueUrlError(`--queue takes redis://HOST:PORT/DB, not ${JSON.stringify(url)}`); }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new QueueUrlError(`--queue takes a redis:// URL, not ${JSON.stringify(url)}`);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0 || db > 15) throw new QueueUrlError(`the database in ${JSON.stringify(url)} must be a number from 0 to 15`);
  const port = u.port ? Number(u.port) : 6379;
  const name = u.searchParams.get('queue') ?? 'claimledger';
  if (!/^[\w.-]{1,100}$/.test(name)) throw new QueueUrlError(`a queue name is letters, digits, '.', '_' or '-', not ${JSON.stringify(name)}`);
  const connection = {
    host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port, db,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  return { connection, name, shown: `redis://${connection.host}:${port}/${db}${name !== 'claimledger' ? `?queue=${name}` : ''}` };
}
