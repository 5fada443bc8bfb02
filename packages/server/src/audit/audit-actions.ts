import type { DomainModule } from '../app/module';
import { MODULES } from '../app/modules';
import type { Locale } from '../shared/service-context';

export interface AuditActionInfo {
  code: string;
  label: string;
}

/**
 * Every action code the modules declare, labelled in the caller's language, in module order.
 * The SPA takes its filter options and labels from here, so a new module needs no SPA change.
 * (MODULES is read at call time: this file is part of a module that app/modules.ts lists.)
 */
export function auditActionsIn(locale: Locale): AuditActionInfo[] {
  return (MODULES as readonly DomainModule[]).flatMap((module) =>
    Object.entries(module.auditActions ?? {}).map(([code, labels]) => ({ code, label: labels[locale] })),
  );
}
