import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/knex';
import { logger, setLogLevel } from './app/logger';
import { startHttpServer } from './app/http';
import { scheduleCheckpoints } from './audit/checkpoint-writer';
import { scheduleHousekeeping } from './auth/housekeeping';
import { secureDataDir } from './config/data-dir';
import { loadSettings } from './config/settings';
import { isEmptyDatabase, seedDemoData } from './db/demo-data';
import { databaseTarget, openDatabase } from './db/orm';
import { fileStoreFor } from './files/files.service';
import { startJobs } from './jobs/job-runner';

async function main() {
  const settings = loadSettings();
  setLogLevel(settings.LOG_LEVEL);
  const target = databaseTarget(settings);
  secureDataDir(settings.DATA_DIR, { create: target.dialect === 'sqlite' });
  const orm = await openDatabase(target);
  if (settings.SEED_DEMO_DATA && (await isEmptyDatabase(orm.em.fork() as EntityManager))) {
    await seedDemoData(orm.em.fork() as EntityManager, {
      keyring: settings.pii,
      files: fileStoreFor(settings),
      completionDays: settings.DOSSIER_COMPLETION_DAYS,
      settings,
    });
    logger.info('demo data seeded');
  }
  const running = await startHttpServer(orm, settings);
  const stopHousekeeping = scheduleHousekeeping(orm);
  const checkpoints = scheduleCheckpoints(orm, settings);
  const jobs = settings.JOBS_ENABLED ? await startJobs(orm, settings, target) : null;

  const shutdown = async () => {
    stopHousekeeping();
    await running.stop();
    // Running jobs may still write audit entries: the last checkpoint comes after them.
    await jobs?.stop();
    // After the last request has finished, so the checkpoint covers every entry it wrote.
    await checkpoints.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // Announced only once the handlers are in place: a signal sent on seeing this line shuts down
  // gracefully. The address is the one really bound (HOST resolved, PORT 0 → the port chosen).
  const { address, port } = running.address;
  logger.info('Dangan is listening', { address, port, url: running.url, database: target.dialect });
}

main().catch((error: unknown) => {
  // Configuration errors are written for people: print the message alone.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
