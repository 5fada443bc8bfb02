import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { generatePiiKeys, parseIndexKey, parsePiiKeys, PiiKeyring } from '../shared/pii/keyring';
import { PRIVATE_FILE_MODE, secureDataDir } from './data-dir';

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
  /** Loopback unless the network is meant to reach the server directly (0.0.0.0, or one interface). */
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for the SQLite file)')
    .optional(),
  DATA_DIR: z.string().default(join(REPO_ROOT, 'data')),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_MINUTES: positiveInt.default(480),
  AUDIT_CHECKPOINT_KEY: z
    .string()
    .transform(
      (text, zod) => ed25519PrivateKeyPem(text) ?? (zod.addIssue({ code: 'custom', message: KEY_FORMAT }), z.NEVER),
    )
    .optional(),
  AUDIT_CHECKPOINT_FILE: z.string().optional(),
  AUDIT_CHECKPOINT_MIRROR: z.string().optional(),
  /** Keys of personal data at rest: `id:base64key,…`, 32-byte keys, the first encrypts (shared/pii). */
  PII_KEYS: z
    .string()
    .refine((text) => typeof parsePiiKeys(text) !== 'string', {
      message:
        'must list keys as id:base64key separated by commas (32-byte keys, distinct ids of letters, digits, _ or -)',
    })
    .optional(),
  /** Key of the blind index that exact ID-number search uses (base64, at least 32 bytes). */
  PII_INDEX_KEY: z
    .string()
    .refine((text) => typeof parseIndexKey(text) !== 'string', { message: 'must be at least 32 bytes in base64' })
    .optional(),
  /** Days a new dossier has to become complete (requirements §2, 建档资料齐备时间). */
  DOSSIER_COMPLETION_DAYS: positiveInt.default(30),
  /** Longest grant an access request may ask for, in days (requirements §3). */
  ACCESS_MAX_DAYS: positiveInt.max(366, 'must be at most 366').default(30),
  /** Days a grant lasts when the request names none (api.md demo rule: 7). */
  ACCESS_DEFAULT_DAYS: positiveInt.default(7),
  /** Hours before an access grant expires that its grantee is notified (once). */
  ACCESS_GRANT_EXPIRY_NOTICE_HOURS: positiveInt.default(24),
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
  /** Largest attachment upload in bytes (issue 9 §6); at most 1 GiB, as a download is checked in memory. */
  FILE_MAX_BYTES: positiveInt.max(1024 ** 3, 'must be at most 1073741824 (1 GiB)').default(20 * 1024 * 1024),
  /**
   * A font with CJK glyphs for exports of granted dossiers (TTF/OTF, or the first suitable font
   * of a TTC collection); unset: the first of a few usual Debian paths that exists, else none
   * (non-Latin text then prints as `?`).
   */
  EXPORT_FONT_FILE: z.string().optional(),
  SEED_DEMO_DATA: bool.default('true'),
  SPA_DIR: z.string().default(join(REPO_ROOT, 'packages/admin/dist')),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Whether this instance runs background jobs (jobs/); off, it still queues them for others. */
  JOBS_ENABLED: bool.default('true'),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** How often an idle instance looks for queued jobs and due schedules (pg-boss's floor: 500 ms). */
  JOB_POLL_INTERVAL_MS: z.coerce.number().int().min(500).max(60_000).default(2000),
  /** Archive staff (requirements §7, api.md demo rules): training hours a person owes each year. */
  STAFF_TRAINING_HOURS_PER_YEAR: positiveInt.max(2000).default(90),
  /** Of those, professional (档案业务) hours: at least two thirds by default. */
  STAFF_TRAINING_PROFESSIONAL_HOURS: positiveInt.max(2000).default(60),
  /** Lowest score that passes an assessment (基本合格); api.md: 60. */
  STAFF_PASS_SCORE: z.coerce.number().min(0).max(100).default(60),
  /** Lowest score graded 合格 (PASS); below it down to STAFF_PASS_SCORE is 基本合格. */
  STAFF_GRADE_PASS_SCORE: z.coerce.number().min(0).max(100).default(70),
  /** Lowest score graded 优秀 (EXCELLENT). */
  STAFF_GRADE_EXCELLENT_SCORE: z.coerce.number().min(0).max(100).default(90),
  /** Failed assessments in a row that flag a person for removal (事业单位人事管理条例 第十六条: 2). */
  STAFF_REMOVAL_AFTER_FAILURES: positiveInt.max(10).default(2),
  /** Longest tenure on one post when a post names none (api.md: 36 months). */
  STAFF_MAX_TENURE_MONTHS: positiveInt.max(600).default(36),
  /** Shortest contract service term in years, and probation of a first post in months. */
  STAFF_CONTRACT_MIN_YEARS: positiveInt.max(50).default(3),
  STAFF_PROBATION_MONTHS: positiveInt.max(24).default(12),
});

type Defaulted =
  | 'TOKEN_SECRET'
  | 'GRAPHQL_INTROSPECTION'
  | 'AUDIT_CHECKPOINT_KEY'
  | 'AUDIT_CHECKPOINT_FILE'
  | 'PII_KEYS'
  | 'PII_INDEX_KEY';

export type Settings = Omit<z.infer<typeof schema>, Defaulted> & {
  TOKEN_SECRET: string;
  /** Ed25519 private key (PKCS#8 PEM) that signs audit checkpoints. */
  AUDIT_CHECKPOINT_KEY: string;
  /** Append-only file the checkpoints are written to. */
  AUDIT_CHECKPOINT_FILE: string;
  GRAPHQL_INTROSPECTION: boolean;
  /** Keys of personal data at rest and its blind index; prints as `[PiiKeyring]`. */
  pii: PiiKeyring;
  /** Path of the SQLite file when DATABASE_URL is unset. */
  sqlitePath: string;
};

/** Secrets every instance on one PostgreSQL must share, so none may be generated locally. */
const SHARED_BY_INSTANCES = ['TOKEN_SECRET', 'AUDIT_CHECKPOINT_KEY', 'PII_KEYS', 'PII_INDEX_KEY'] as const;

/** Reads and validates every setting once; throws one message listing every bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // An empty variable means "not set", as shells and CI files often leave them.
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const s = parsed.data;
  const missing = s.DATABASE_URL ? SHARED_BY_INSTANCES.filter((name) => !s[name]) : [];
  if (missing.length) {
    throw new Error(
      `Invalid configuration:\n${missing.map((n) => `  ${n}: required when DATABASE_URL is set`).join('\n')}`,
    );
  }
  if (s.ACCESS_DEFAULT_DAYS > s.ACCESS_MAX_DAYS) {
    throw new Error('Invalid configuration:\n  ACCESS_DEFAULT_DAYS: must not exceed ACCESS_MAX_DAYS');
  }
  if (!(s.STAFF_PASS_SCORE <= s.STAFF_GRADE_PASS_SCORE && s.STAFF_GRADE_PASS_SCORE <= s.STAFF_GRADE_EXCELLENT_SCORE)) {
    throw new Error(
      'Invalid configuration:\n  STAFF_PASS_SCORE, STAFF_GRADE_PASS_SCORE, STAFF_GRADE_EXCELLENT_SCORE: must not decrease',
    );
  }
  if (s.STAFF_TRAINING_PROFESSIONAL_HOURS > s.STAFF_TRAINING_HOURS_PER_YEAR) {
    throw new Error(
      'Invalid configuration:\n  STAFF_TRAINING_PROFESSIONAL_HOURS: must not exceed STAFF_TRAINING_HOURS_PER_YEAR',
    );
  }
  const { PII_KEYS, PII_INDEX_KEY, ...rest } = s;
  return {
    ...rest,
    pii: piiKeyring(PII_KEYS, PII_INDEX_KEY, s.DATABASE_URL, s.DATA_DIR),
    TOKEN_SECRET: s.TOKEN_SECRET ?? embeddedSecret(s.DATABASE_URL, s.DATA_DIR),
    AUDIT_CHECKPOINT_KEY: s.AUDIT_CHECKPOINT_KEY ?? embeddedCheckpointKey(s.DATABASE_URL, s.DATA_DIR),
    AUDIT_CHECKPOINT_FILE: s.AUDIT_CHECKPOINT_FILE ?? join(s.DATA_DIR, 'audit-checkpoints.jsonl'),
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
  secureDataDir(dataDir, { create: true });
  const tokenSecret = randomBytes(48).toString('base64url');
  writeFileSync(file, JSON.stringify({ tokenSecret }, null, 2), { mode: PRIVATE_FILE_MODE });
  chmodSync(file, PRIVATE_FILE_MODE);
  return tokenSecret;
}

const KEY_FORMAT = 'must be an Ed25519 private key: PKCS#8 PEM (newlines may be written \\n) or its DER in base64';

/** The key as PKCS#8 PEM, or undefined when the text is not an Ed25519 private key. */
function ed25519PrivateKeyPem(text: string): string | undefined {
  const pem = text.trim().replace(/\\n/g, '\n');
  try {
    const key = pem.startsWith('-----BEGIN')
      ? createPrivateKey(pem)
      : createPrivateKey({ key: Buffer.from(pem, 'base64'), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== 'ed25519') return undefined;
    return key.export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch {
    return undefined;
  }
}

/**
 * The audit checkpoint key, generated once on the embedded SQLite default like the token
 * secret (issue 7 §5). A PEM file of its own, so `openssl pkey -pubout` gives an auditor the
 * public key that checks the checkpoints. Instances sharing PostgreSQL must share the key.
 */
function embeddedCheckpointKey(databaseUrl: string | undefined, dataDir: string): string {
  if (databaseUrl) {
    throw new Error('Invalid configuration:\n  AUDIT_CHECKPOINT_KEY: required when DATABASE_URL is set');
  }
  const file = join(dataDir, 'audit-checkpoint-key.pem');
  if (!existsSync(file))
    createOnce(file, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const pem = ed25519PrivateKeyPem(readFileSync(file, 'utf8'));
  if (!pem) throw new Error(`Invalid configuration:\n  AUDIT_CHECKPOINT_KEY: ${file} ${KEY_FORMAT}`);
  return pem;
}

/**
 * Writes a file that must appear whole or not at all: two processes starting at once (a server
 * and a command) both end up reading the one that won, never a half-written file.
 */
function createOnce(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, content, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * The personal-data keyring: from PII_KEYS and PII_INDEX_KEY (both or neither), or on the
 * embedded SQLite default generated once into data/pii-keys.json (0600), like the token secret.
 */
function piiKeyring(
  keysText: string | undefined,
  indexText: string | undefined,
  databaseUrl: string | undefined,
  dataDir: string,
): PiiKeyring {
  if (!keysText !== !indexText) {
    throw new Error('Invalid configuration:\n  PII_KEYS, PII_INDEX_KEY: set both or neither');
  }
  if (!keysText || !indexText) {
    if (databaseUrl) throw new Error('Invalid configuration:\n  PII_KEYS: required when DATABASE_URL is set');
    const file = join(dataDir, 'pii-keys.json');
    if (!existsSync(file)) createOnce(file, JSON.stringify(generatePiiKeys(), null, 2));
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { keys?: string; indexKey?: string };
    keysText = stored.keys ?? '';
    indexText = stored.indexKey ?? '';
  }
  const keys = parsePiiKeys(keysText);
  const indexKey = parseIndexKey(indexText);
  if (typeof keys === 'string' || typeof indexKey === 'string') {
    throw new Error('Invalid configuration:\n  PII_KEYS: the stored keys are malformed');
  }
  return new PiiKeyring(keys, indexKey);
}
