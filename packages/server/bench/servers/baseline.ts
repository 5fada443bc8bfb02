/**
 * The practical limit: plain node:http answering the benchmark's reads with hand-written SQL
 * (session check and subtree scope included) and JSON.stringify. No GraphQL, no ORM, no policy
 * layer: what is left is the database round trips and the JSON. The users and organisation reads
 * are one statement each; the scale suite's reads (dossier page, members page, ID-number search)
 * are in scale-baseline.ts. Started by bench/run.ts with BENCH_TARGET; reports its URL over IPC.
 */
import { createSecretKey } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import Database from 'better-sqlite3';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/db/orm';
import { BENCH_POOL_SIZE, BENCH_TOKEN_SECRET } from './shared';

import { answerScale, SCALE_OPERATIONS } from './scale-baseline';

export type Row = Record<string, any>;
export type Run = (sql: { pg: string; sqlite: string }, params: unknown[]) => Promise<Row[]>;

const target = JSON.parse(process.env.BENCH_TARGET!) as DatabaseTarget;
const key = createSecretKey(Buffer.from(BENCH_TOKEN_SECRET));

function database(): Run {
  if (target.dialect === 'postgresql') {
    const pool = new pg.Pool({ connectionString: target.location, max: BENCH_POOL_SIZE });
    return async (sql, params) => (await pool.query(sql.pg, params)).rows;
  }
  const db = new Database(target.location);
  db.pragma('journal_mode = wal');
  const statements = new Map<string, Database.Statement>();
  return async (sql, params) => {
    let statement = statements.get(sql.sqlite);
    if (!statement) statements.set(sql.sqlite, (statement = db.prepare(sql.sqlite)));
    return statement.all(...params) as Row[];
  };
}

/** The caller's organisation path, from a live session of an active user ($1 session, $2 user). */
export const ACTOR = {
  pg: `select o.path from session s join "user" a on a.id = s.user_id join organization o on o.id = a.organization_id
       where s.id = $1 and a.id = $2 and s.revoked_at is null and s.expires_at > now() and a.status = 'ACTIVE'`,
  sqlite: `select o.path from session s join user a on a.id = s.user_id join organization o on o.id = a.organization_id
       where s.id = ? and a.id = ? and s.revoked_at is null and s.expires_at > ? and a.status = 'ACTIVE'`,
};

const USERS = {
  pg: `with actor as (${ACTOR.pg})
       select u.id, u.username, u.display_name, o.id as organization_id, o.name, o.code
       from actor, "user" u join organization o on o.id = u.organization_id
       where o.path >= actor.path and o.path < left(actor.path, -1) || '0'
       order by u.id limit $3`,
  sqlite: `with actor as (${ACTOR.sqlite})
       select u.id, u.username, u.display_name, o.id as organization_id, o.name, o.code
       from actor, user u join organization o on o.id = u.organization_id
       where o.path >= actor.path and o.path < substr(actor.path, 1, length(actor.path) - 1) || '0'
       order by u.id limit ?`,
};

const ORGANIZATIONS = {
  pg: `with actor as (${ACTOR.pg})
       select o.id, o.code, o.name, o.type, p.id as parent_id, p.code as parent_code, p.name as parent_name,
              p.path as parent_path, actor.path as actor_path
       from actor, organization o left join organization p on p.id = o.parent_id
       where (o.path >= actor.path and o.path < left(actor.path, -1) || '0')
          or (o.path < actor.path and starts_with(actor.path, o.path))
       order by o.path`,
  sqlite: `with actor as (${ACTOR.sqlite})
       select o.id, o.code, o.name, o.type, p.id as parent_id, p.code as parent_code, p.name as parent_name,
              p.path as parent_path, actor.path as actor_path
       from actor, organization o left join organization p on p.id = o.parent_id
       where (o.path >= actor.path and o.path < substr(actor.path, 1, length(actor.path) - 1) || '0')
          or (o.path < actor.path and substr(actor.path, 1, length(o.path)) = o.path)
       order by o.path`,
};

const visible = (path: string, actorPath: string) => path.startsWith(actorPath) || actorPath.startsWith(path);

async function answer(run: Run, body: Row, claims: { jti: string; sub: string }) {
  const session = [claims.jti, Number(claims.sub)];
  const now = target.dialect === 'sqlite' ? [Date.now()] : [];
  if (SCALE_OPERATIONS.has(body.operationName)) return answerScale(run, target.dialect, body, [...session, ...now]);
  if (body.operationName === 'Users') {
    const rows = await run(USERS, [...session, ...now, Math.min(Number(body.variables?.first ?? 20), 100)]);
    const edges = rows.map((r) => ({
      node: {
        id: String(r.id),
        username: r.username,
        displayName: r.display_name,
        organization: { id: String(r.organization_id), name: r.name, code: r.code },
      },
    }));
    return { data: { users: { edges } } };
  }
  const rows = await run(ORGANIZATIONS, [...session, ...now]);
  const organizations = rows.map((r) => ({
    id: String(r.id),
    code: r.code,
    name: r.name,
    type: r.type,
    parent:
      r.parent_id != null && visible(r.parent_path, r.actor_path)
        ? { id: String(r.parent_id), code: r.parent_code, name: r.parent_name }
        : null,
  }));
  return { data: { organizations } };
}

function send(res: ServerResponse, status: number, payload: unknown) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString()));
    req.on('error', reject);
  });
}

const run = database();
const server = createServer(async (req, res) => {
  try {
    const body = JSON.parse(await readBody(req)) as Row;
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const claims = token
      ? (jwt.verify(token, key, { algorithms: ['HS256'], issuer: 'dangan' }) as { jti: string; sub: string })
      : null;
    if (!claims) return send(res, 200, { errors: [{ message: 'unauthenticated' }] });
    send(res, 200, await answer(run, body, claims));
  } catch (error) {
    send(res, 500, { errors: [{ message: String(error) }] });
  }
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send!({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
});
process.once('disconnect', () => process.exit(0));
