import { describe, expect, it } from 'vitest';
import { changedFields } from '../forms';

describe('changedFields', () => {
  const shown: { displayName: string; roles: string[]; phone: string | null; email: string | null } = {
    displayName: '王档案',
    roles: ['APPROVER', 'ARCHIVIST'],
    phone: '139****0001',
    email: null,
  };

  it('keeps only the fields whose value differs from what the form was opened with', () => {
    expect(changedFields(shown, { ...shown, displayName: '王 档案' })).toEqual({ displayName: '王 档案' });
  });

  it('leaves out a masked value the user did not touch, and keeps one they replaced or cleared', () => {
    expect(changedFields(shown, { ...shown })).toEqual({});
    expect(changedFields(shown, { ...shown, phone: '13900000002' })).toEqual({ phone: '13900000002' });
    expect(changedFields(shown, { ...shown, phone: null })).toEqual({ phone: null });
  });

  it('compares lists item by item', () => {
    expect(changedFields(shown, { ...shown, roles: ['APPROVER', 'ARCHIVIST'] })).toEqual({});
    expect(changedFields(shown, { ...shown, roles: ['APPROVER'] })).toEqual({ roles: ['APPROVER'] });
  });
});
