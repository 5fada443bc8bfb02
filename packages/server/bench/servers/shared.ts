/** Connections each server under test may hold to PostgreSQL (issue 7 measured with 16). */
export const BENCH_POOL_SIZE = 16;

/** Dangan signs the benchmark's token with this; the baseline verifies it with the same key. */
export const BENCH_TOKEN_SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';

/**
 * Personal-data keys of the benchmark's databases: the scale seed encrypts with them, Dangan and
 * the baseline decrypt with them (fixed, so a kept database can be benchmarked again).
 */
export const BENCH_PII_KEYS = {
  PII_KEYS: `bench1:${Buffer.alloc(32, 7).toString('base64')}`,
  PII_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
};
