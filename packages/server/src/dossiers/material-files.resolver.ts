import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { DateTimeScalar } from '../shared/scalars';
import { MaterialRecord } from './dossier.records';
import { Material } from './material.entity';
import { attachMaterialFile, MaterialFileRecord } from './material-files';

@ObjectType('MaterialFile', { simpleResolvers: true, description: 'A stored file filed with a material version.' })
export class MaterialFileView {
  @Field(() => String, { description: 'Read it through GET /files/:sha256?owner=Material:<id>.' }) sha256!: string;
  @Field(() => String) fileName!: string;
  @Field(() => Int, { nullable: true }) pages?: number | null;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field(() => String, { description: 'Detected from the content at upload.' }) contentType!: string;
  @Field(() => DateTimeScalar) addedAt!: Date;
}

@Resolver(() => Material)
export class MaterialFilesResolver {
  @FieldResolver(() => [MaterialFileView], {
    nullable: true,
    description: "The material's files: null and FORBIDDEN outside custody, like content.",
  })
  files(
    @Root() material: MaterialRecord,
    @Ctx() ctx: RequestContext,
  ): MaterialFileRecord[] | Promise<MaterialFileRecord[]> {
    return material.files ?? ctx.loaders.filesByMaterialId.load(material.id);
  }

  @Allow('dossier.keep')
  @Mutation(() => Material, { description: 'Files an uploaded content (POST /files) with a current material.' })
  attachMaterialFile(
    @Arg('materialId', () => ID) materialId: string,
    @Arg('sha256', () => String, { description: 'As POST /files answered.' }) sha256: string,
    @Arg('fileName', () => String) fileName: string,
    @Ctx() ctx: RequestContext,
    @Arg('pages', () => Int, { nullable: true }) pages?: number | null,
  ) {
    return attachMaterialFile(ctx, { materialId, sha256, fileName, pages });
  }
}
