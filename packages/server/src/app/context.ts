import { SensitiveRead } from '../policy/decision';
import { ServiceContext } from '../shared/service-context';
import { Loaders } from './loaders';

/**
 * What every resolver gets for one GraphQL request: the service context (services see only
 * that part) plus what only the GraphQL layer needs.
 */
export interface RequestContext extends ServiceContext {
  requestId: string;
  loaders: Loaders;
  /** Unmasked reads of guarded fields (`Type:id.field` → why), audited once per request. */
  sensitiveReads: Map<string, SensitiveRead>;
}
