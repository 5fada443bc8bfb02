import { ServiceContext } from '../shared/service-context';
import { Loaders } from './loaders';

/**
 * What every resolver gets for one GraphQL request: the service context (services see only
 * that part) plus what only the GraphQL layer needs.
 */
export interface RequestContext extends ServiceContext {
  requestId: string;
  loaders: Loaders;
  /** Unmasked reads of sensitive fields, written to the audit trail once per request. */
  sensitiveReads: Set<string>;
}
