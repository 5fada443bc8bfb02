import { Migration } from '@mikro-orm/migrations';

export class Migration20261125121828 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index \`login_attempt_ip_at_index\` on \`login_attempt\` (\`ip\`, \`at\`);`);
  }
}
