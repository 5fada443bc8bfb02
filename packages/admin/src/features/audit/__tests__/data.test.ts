import { describe, expect, it } from 'vitest';
import { emptyAuditFilter, formatDetails, toAuditFilter } from '../data';

describe('audit details', () => {
  it('indents JSON details for reading', () => {
    expect(formatDetails('{"username":"zhang.wei","roles":["ARCHIVIST"]}')).toBe(
      '{\n  "username": "zhang.wei",\n  "roles": [\n    "ARCHIVIST"\n  ]\n}',
    );
  });

  it('shows details that are not JSON as they were stored, and nothing for none', () => {
    expect(formatDetails('not {json')).toBe('not {json');
    expect(formatDetails(null)).toBe('');
  });
});

describe('audit filter', () => {
  it('sends a typed action code in upper case and leaves blank fields out', () => {
    expect(toAuditFilter({ ...emptyAuditFilter(), action: ' user_created ' })).toEqual({
      actor: undefined,
      action: 'USER_CREATED',
      target: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
