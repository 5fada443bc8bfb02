import { Migration } from '@mikro-orm/migrations';

export class Migration20261125170639 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`login_attempt\` add column \`refused\` integer not null default false;`);
  }
}
