import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { dialect, TEST_CHECKPOINT_KEY, TestServer } from './server';

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

  return async (script: string, args: string[] = [], extraEnv: Record<string, string> = {}): Promise<CommandResult> => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: 'silent',
      TOKEN_SECRET: 'operator-secret-that-is-long-enough-1234',
      AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
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
      const child = spawn(join(__dirname, '../../node_modules/.bin/tsx'), [script, ...args], {
        cwd: join(__dirname, '../..'),
        env,
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
  };
}
