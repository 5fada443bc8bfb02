import { Migration } from '@mikro-orm/migrations';

export class Migration20261125170639 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "login_attempt" add column "refused" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "login_attempt" drop column "refused";`);
  }
}
