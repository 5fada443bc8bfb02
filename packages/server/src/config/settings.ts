import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Repository root: `data/` and the built SPA are found relative to it. */
export const REPO_ROOT = resolve(__dirname, '../../../..');

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const positiveInt = z.coerce.number().int().positive();

// The names express's `trust proxy` gives to address ranges.
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a subnet (`10.0.0.0/8`) or one of PROXY_RANGES. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/**
 * The proxies whose X-Forwarded-For is believed, comma-separated. Unset, nobody's is: the
 * client address (sign-in limits, audit) is the socket's, which a client cannot forge.
 */
const trustProxy = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => entries.every(isProxyEntry), {
    message: `must list proxy addresses or subnets, or ${PROXY_RANGES.join('/')}, separated by commas`,
  });

/** Every environment variable Dangan reads. README's table mirrors this list. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for the SQLite file)')
    .optional(),
  DATA_DIR: z.string().default(join(REPO_ROOT, 'data')),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_MINUTES: positiveInt.default(480),
  LOGIN_MAX_FAILURES: positiveInt.default(5),
  LOGIN_WINDOW_MINUTES: positiveInt.default(15),
  LOGIN_LOCK_MINUTES: positiveInt.default(15),
  LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: positiveInt.default(30),
  TRUST_PROXY: trustProxy.default(''),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_MAX_DEPTH: positiveInt.default(10),
  GRAPHQL_MAX_ALIASES: positiveInt.default(15),
  GRAPHQL_MAX_TOKENS: positiveInt.default(2000),
  GRAPHQL_MAX_COST: positiveInt.default(5000),
  REQUEST_BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/i)
    .default('100kb'),
  SEED_DEMO_DATA: bool.default('true'),
  SPA_DIR: z.string().default(join(REPO_ROOT, 'packages/admin/dist')),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Settings = Omit<z.infer<typeof schema>, 'TOKEN_SECRET' | 'GRAPHQL_INTROSPECTION'> & {
  TOKEN_SECRET: string;
  GRAPHQL_INTROSPECTION: boolean;
  /** Path of the SQLite file when DATABASE_URL is unset. */
  sqlitePath: string;
};

/** Reads and validates every setting once; throws one message listing every bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // An empty variable means "not set", as shells and CI files often leave them.
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const s = parsed.data;
  return {
    ...s,
    TOKEN_SECRET: s.TOKEN_SECRET ?? embeddedSecret(s.DATABASE_URL, s.DATA_DIR),
    GRAPHQL_INTROSPECTION: s.GRAPHQL_INTROSPECTION ?? s.NODE_ENV !== 'production',
    sqlitePath: join(s.DATA_DIR, 'dangan.sqlite'),
  };
}

/**
 * On the embedded SQLite default a secret is generated once and kept under data/, so a
 * fresh clone needs no set-up. With PostgreSQL several instances must share one secret,
 * so it has to come from the environment.
 */
function embeddedSecret(databaseUrl: string | undefined, dataDir: string): string {
  if (databaseUrl) {
    throw new Error('Invalid configuration:\n  TOKEN_SECRET: required when DATABASE_URL is set');
  }
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { tokenSecret?: string };
    if (stored.tokenSecret && stored.tokenSecret.length >= 32) return stored.tokenSecret;
  }
  mkdirSync(dataDir, { recursive: true });
  const tokenSecret = randomBytes(48).toString('base64url');
  writeFileSync(file, JSON.stringify({ tokenSecret }, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return tokenSecret;
}
