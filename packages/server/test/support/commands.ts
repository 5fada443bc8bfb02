import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { dialect, TEST_CHECKPOINT_KEY, TEST_PII_KEYS, TestServer } from './server';

export interface CommandResult {
  code: number | null;
  output: string;
}

/**
 * Runs a `pnpm` command's script (e.g. `src/audit/verify-command.ts`) against the test
 * database as an operator would, with the test server's checkpoint key and file. On SQLite the
 * command reads <DATA_DIR>/dangan.sqlite: it gets a consistent copy of the test database as it
 * is now. Temporary copies are removed after the file's tests.
 */
export function commandRunner(server: TestServer) {
  const dataDirs: string[] = [];
  afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** `stopWhen`: once the output matches it, the command gets SIGTERM (a server's graceful shutdown). */
  return async (
    script: string,
    args: string[] = [],
    { env: extraEnv = {}, stopWhen }: { env?: Record<string, string>; stopWhen?: RegExp } = {},
  ): Promise<CommandResult> => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: 'silent',
      TOKEN_SECRET: 'operator-secret-that-is-long-enough-1234',
      AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
      ...TEST_PII_KEYS,
      AUDIT_CHECKPOINT_FILE: server.settings.AUDIT_CHECKPOINT_FILE,
      ...extraEnv,
    };
    delete env.DATABASE_URL;
    if (dialect === 'postgresql') {
      env.DATABASE_URL = server.database.target.location;
    } else {
      const dataDir = mkdtempSync(join(tmpdir(), 'dangan-command-'));
      dataDirs.push(dataDir);
      await server
        .em()
        .getConnection()
        .execute(`vacuum into '${join(dataDir, 'dangan.sqlite')}'`);
      env.DATA_DIR = dataDir;
    }
    return new Promise<CommandResult>((resolve, reject) => {
      // Node itself runs the script (tsx as a loader), so a signal reaches the script, not a wrapper.
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: join(__dirname, '../..'),
        env,
      });
      let output = '';
      let stopping = false;
      const collect = (chunk: Buffer) => {
        output += chunk;
        if (stopWhen && !stopping && stopWhen.test(output)) stopping = child.kill('SIGTERM');
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('error', reject);
      child.on('close', (code, signal) =>
        resolve({ code, output: signal ? `${output}\n(killed by ${signal})` : output }),
      );
    });
  };
}
