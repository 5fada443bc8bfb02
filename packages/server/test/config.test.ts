import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/config/settings';

// Settings are read from an explicit environment, so these tests need no server or database.
const SECRET = 'a-token-secret-that-is-long-enough-for-hs256';
const CHECKPOINT_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dangan-config-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('loadSettings', () => {
  it('rejects a bad PORT, naming the variable', () => {
    for (const PORT of ['abc', '70000', '-1']) {
      expect(() => loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, PORT })).toThrow(/PORT/);
    }
    expect(loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, PORT: '8080' }).PORT).toBe(8080);
  });

  it('runs background jobs by default, two at a time, and refuses a concurrency or poll interval out of range', () => {
    expect(loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET })).toMatchObject({
      JOBS_ENABLED: true,
      JOB_CONCURRENCY: 2,
      JOB_POLL_INTERVAL_MS: 2000,
    });
    expect(loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, JOBS_ENABLED: 'false' }).JOBS_ENABLED).toBe(false);
    for (const JOB_CONCURRENCY of ['0', '17', 'two']) {
      expect(() => loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, JOB_CONCURRENCY })).toThrow(
        /JOB_CONCURRENCY/,
      );
    }
    expect(() => loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, JOB_POLL_INTERVAL_MS: '100' })).toThrow(
      /JOB_POLL_INTERVAL_MS/,
    );
  });

  it('limits uploads to 20 MB by default, and takes FILE_MAX_BYTES between 1 byte and 1 GiB', () => {
    const base = { DATA_DIR: dataDir, TOKEN_SECRET: SECRET, AUDIT_CHECKPOINT_KEY: CHECKPOINT_KEY };
    expect(loadSettings(base).FILE_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(loadSettings({ ...base, FILE_MAX_BYTES: '1048576' }).FILE_MAX_BYTES).toBe(1048576);
    for (const FILE_MAX_BYTES of ['0', '-5', '1.5', '20MB', String(1024 ** 3 + 1)]) {
      expect(() => loadSettings({ ...base, FILE_MAX_BYTES })).toThrow(/FILE_MAX_BYTES/);
    }
  });

  it('rejects a DATABASE_URL that is not PostgreSQL, naming the variable', () => {
    expect(() => loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, DATABASE_URL: 'mysql://db/dangan' })).toThrow(
      /DATABASE_URL/,
    );
    expect(
      loadSettings({
        TOKEN_SECRET: SECRET,
        AUDIT_CHECKPOINT_KEY: CHECKPOINT_KEY,
        PII_KEYS: `k1:${'A'.repeat(43)}=`,
        PII_INDEX_KEY: 'B'.repeat(44),
        DATABASE_URL: 'postgres://db/dangan',
      }).DATABASE_URL,
    ).toBe('postgres://db/dangan');
  });

  it('requires TOKEN_SECRET when DATABASE_URL is set', () => {
    expect(() => loadSettings({ DATA_DIR: dataDir, DATABASE_URL: 'postgresql://db/dangan' })).toThrow(/TOKEN_SECRET/);
    expect(() =>
      loadSettings({ DATA_DIR: dataDir, DATABASE_URL: 'postgresql://db/dangan', TOKEN_SECRET: 'short' }),
    ).toThrow(/TOKEN_SECRET/);
  });

  it('on SQLite generates a secret once into DATA_DIR/secrets.json, readable by the owner only, and reuses it', () => {
    const first = loadSettings({ DATA_DIR: dataDir });
    const file = join(dataDir, 'secrets.json');

    expect(first.TOKEN_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ tokenSecret: first.TOKEN_SECRET });
    expect(loadSettings({ DATA_DIR: dataDir }).TOKEN_SECRET).toBe(first.TOKEN_SECRET);
    expect(first.sqlitePath).toBe(join(dataDir, 'dangan.sqlite'));
  });

  it('requires AUDIT_CHECKPOINT_KEY when DATABASE_URL is set, naming both missing secrets at once', () => {
    const postgres = { DATA_DIR: dataDir, DATABASE_URL: 'postgresql://db/dangan' };

    expect(() => loadSettings({ ...postgres, TOKEN_SECRET: SECRET })).toThrow(/AUDIT_CHECKPOINT_KEY: required/);
    expect(() => loadSettings(postgres)).toThrow(/TOKEN_SECRET: required[^]*AUDIT_CHECKPOINT_KEY: required/);
  });

  it('accepts an Ed25519 key as PEM, as PEM with \\n escapes or as base64 DER, and rejects any other key', () => {
    const key = (AUDIT_CHECKPOINT_KEY: string) =>
      loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, AUDIT_CHECKPOINT_KEY }).AUDIT_CHECKPOINT_KEY;
    const der = CHECKPOINT_KEY.replace(/-----[^-]+-----|\s/g, '');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });

    expect(key(CHECKPOINT_KEY)).toBe(CHECKPOINT_KEY);
    expect(key(CHECKPOINT_KEY.replace(/\n/g, '\\n'))).toBe(CHECKPOINT_KEY);
    expect(key(der)).toBe(CHECKPOINT_KEY);
    for (const wrong of ['not a key', rsa.toString()]) {
      expect(() => key(wrong)).toThrow(/AUDIT_CHECKPOINT_KEY: must be an Ed25519 private key/);
    }
  });

  it('on SQLite generates the checkpoint key once into DATA_DIR/audit-checkpoint-key.pem, owner-only, and reuses it', () => {
    const first = loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET });
    const file = join(dataDir, 'audit-checkpoint-key.pem');

    expect(first.AUDIT_CHECKPOINT_KEY).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(readFileSync(file, 'utf8')).toBe(first.AUDIT_CHECKPOINT_KEY);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET }).AUDIT_CHECKPOINT_KEY).toBe(
      first.AUDIT_CHECKPOINT_KEY,
    );
    expect(first.AUDIT_CHECKPOINT_FILE).toBe(join(dataDir, 'audit-checkpoints.jsonl'));
    expect(first.AUDIT_CHECKPOINT_MIRROR).toBeUndefined();
  });

  it('trusts no proxy by default, and only addresses, subnets or range names in TRUST_PROXY', () => {
    const trusted = (TRUST_PROXY?: string) =>
      loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, ...(TRUST_PROXY ? { TRUST_PROXY } : {}) }).TRUST_PROXY;

    expect(trusted()).toEqual([]);
    expect(trusted('loopback, 10.0.0.0/8,192.168.1.10, fd00::/8')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.10',
      'fd00::/8',
    ]);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example.org', 'loopback,,nope']) {
      expect(() => trusted(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('turns introspection off by default in production only, and lets it be set explicitly', () => {
    const introspection = (env: Record<string, string>) =>
      loadSettings({ DATA_DIR: dataDir, TOKEN_SECRET: SECRET, ...env }).GRAPHQL_INTROSPECTION;

    expect(introspection({ NODE_ENV: 'production' })).toBe(false);
    expect(introspection({ NODE_ENV: 'development' })).toBe(true);
    expect(introspection({ NODE_ENV: 'test' })).toBe(true);
    expect(introspection({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' })).toBe(true);
  });
});
