import { moduleEntities } from '../app/modules';
import { BaseEntity } from '../shared/base.entity';

/** Every entity, from the module list, so tsx, vitest and compiled builds discover the same set. */
export const entities = [BaseEntity, ...moduleEntities];
