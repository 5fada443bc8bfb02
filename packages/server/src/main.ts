import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/knex';
import { logger, setLogLevel } from './app/logger';
import { startHttpServer } from './app/http';
import { scheduleHousekeeping } from './auth/housekeeping';
import { secureDataDir } from './config/data-dir';
import { loadSettings } from './config/settings';
import { DemoDataSeeder, isEmptyDatabase } from './db/demo-data';
import { databaseTarget, openDatabase } from './db/orm';

async function main() {
  const settings = loadSettings();
  setLogLevel(settings.LOG_LEVEL);
  const target = databaseTarget(settings);
  secureDataDir(settings.DATA_DIR, { create: target.dialect === 'sqlite' });
  const orm = await openDatabase(target);
  if (settings.SEED_DEMO_DATA && (await isEmptyDatabase(orm.em.fork() as EntityManager))) {
    await orm.getSeeder().seed(DemoDataSeeder);
    logger.info('demo data seeded');
  }
  const running = await startHttpServer(orm, settings);
  const stopHousekeeping = scheduleHousekeeping(orm);
  // The address really bound (HOST resolved, PORT 0 → the port chosen), not the configured one.
  const { address, port } = running.address;
  logger.info('Dangan is listening', { address, port, url: running.url, database: target.dialect });

  const shutdown = async () => {
    stopHousekeeping();
    await running.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // Configuration errors are written for people: print the message alone.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
