import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/app/i18n';
import { mountWithApp } from '@/__tests__/support';
import GrantTimeLeft from '../GrantTimeLeft.vue';
import { remainingPercent, remainingStatus, timeLeftText } from '../../data';

// A 7-day grant.
const grantedAt = '2026-11-20T08:00:00.000Z';
const expiresAt = '2026-11-27T08:00:00.000Z';
const DAY = 86_400;

function mountTimeLeft(remainingSeconds: number, active = true) {
  return mountWithApp(GrantTimeLeft, { props: { grantedAt, expiresAt, remainingSeconds, active } }).wrapper;
}

describe('a grant’s time left', () => {
  beforeEach(() => setLocale('en'));
  afterEach(() => vi.useRealTimers());

  it('reads in days, hours or minutes, whichever is useful', () => {
    expect(timeLeftText(3 * DAY + 4 * 3600 + 59)).toBe('3 d 4 h left');
    expect(timeLeftText(2 * 3600 + 5 * 60)).toBe('2 h 5 min left');
    expect(timeLeftText(30)).toBe('1 min left');
    expect(timeLeftText(0)).toBe('Expired');
    setLocale('zh-CN');
    expect(timeLeftText(3 * DAY + 4 * 3600)).toBe('剩余 3 天 4 小时');
  });

  it('shows the share of the span left and turns warning, then danger, as it runs out', () => {
    expect(remainingPercent(grantedAt, expiresAt, 3.5 * DAY)).toBe(50);
    expect(remainingStatus(50, 3.5 * DAY)).toBe('success');
    expect(remainingStatus(10, 12 * 3600)).toBe('warning');
    expect(remainingStatus(0, 1800)).toBe('exception');

    const wrapper = mountTimeLeft(3.5 * DAY);
    expect(wrapper.find('[data-test="grant-time-left-text"]').text()).toBe('3 d 12 h left');
    expect(wrapper.find('.el-progress-bar__inner').attributes('style')).toContain('width: 50%');
    expect(wrapper.find('.el-progress').classes()).toContain('is-success');

    const late = mountTimeLeft(1800);
    expect(late.find('[data-test="grant-time-left-text"]').text()).toBe('30 min left');
    expect(late.find('.el-progress').classes()).toContain('is-exception');
  });

  it('counts down from the server’s figure while the page stays open', async () => {
    vi.useFakeTimers();
    const wrapper = mountTimeLeft(3 * 3600);
    expect(wrapper.find('[data-test="grant-time-left-text"]').text()).toBe('3 h 0 min left');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(wrapper.find('[data-test="grant-time-left-text"]').text()).toBe('2 h 50 min left');
  });

  it('says a revoked or given-up grant is no longer active, with an empty bar', () => {
    const wrapper = mountTimeLeft(0, false);
    expect(wrapper.find('[data-test="grant-time-left-text"]').text()).toBe('No longer active');
    expect(wrapper.find('.el-progress-bar__inner').attributes('style')).toContain('width: 0%');
  });
});
