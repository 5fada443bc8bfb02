import { Migration } from '@mikro-orm/migrations';

export class Migration20261125204725 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "material_file" ("id" serial primary key, "material_id" int not null, "sha256" varchar(64) not null, "file_name" varchar(200) not null, "pages" int null, "added_by_id" int null, "added_at" timestamptz not null);`,
    );
    this.addSql(`create index "material_file_sha256_index" on "material_file" ("sha256");`);
    this.addSql(`create index "material_file_material_id_id_index" on "material_file" ("material_id", "id");`);

    this.addSql(
      `alter table "material_file" add constraint "material_file_material_id_foreign" foreign key ("material_id") references "material" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "material_file" add constraint "material_file_sha256_foreign" foreign key ("sha256") references "stored_file" ("sha256") on update cascade;`,
    );
    this.addSql(
      `alter table "material_file" add constraint "material_file_added_by_id_foreign" foreign key ("added_by_id") references "user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "material_file" cascade;`);
  }
}
