/** Connections each server under test may hold to PostgreSQL (issue 7 measured with 16). */
export const BENCH_POOL_SIZE = 16;

/** Dangan signs the benchmark's token with this; the baseline verifies it with the same key. */
export const BENCH_TOKEN_SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';
