import { describe, expect, it } from 'vitest';
import { describeTimeLeft, urgencyOf } from '../../../shared/model/urgency';

const now = new Date('2026-11-22T09:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

describe('how urgent a token is', () => {
  it('is ok far from expiry, soon inside the threshold, expired once the moment passed', () => {
    expect(urgencyOf(inDays(30), now, 14).state).toBe('ok');
    expect(urgencyOf(inDays(13.9), now, 14).state).toBe('soon');
    expect(urgencyOf(inDays(0.001), now, 14).state).toBe('soon');
    expect(urgencyOf(now.toISOString(), now, 14).state).toBe('expired');
    expect(urgencyOf(inDays(-3), now, 14).state).toBe('expired');
    expect(urgencyOf(null, now, 14).state).toBe('none');
  });

  it('follows the threshold the user set', () => {
    expect(urgencyOf(inDays(20), now, 30).state).toBe('soon');
    expect(urgencyOf(inDays(20), now, 7).state).toBe('ok');
  });

  it('describes the time left in Russian with correct plural forms', () => {
    const text = (days: number) => describeTimeLeft(urgencyOf(inDays(days), now, 14), 'ru');
    expect(text(4)).toBe('осталось 4 дня');
    expect(text(5)).toBe('осталось 5 дней');
    expect(text(21)).toBe('остался 21 день');
    expect(text(11)).toBe('осталось 11 дней');
    expect(text(1.5)).toBe('остался 1 день 12 часов');
    expect(text(1.01)).toBe('остался 1 день');
    expect(text(3 / 24)).toBe('осталось 3 часа');
    expect(text(-2)).toBe('истёк 2 дня назад');
    expect(text(-1 / 1440)).toBe('истёк 1 минуту назад');
    expect(text(-21 / 1440)).toBe('истёк 21 минуту назад');
    expect(text(30 / 1440)).toBe('осталось 30 минут');
    expect(text(1.5 / 1440)).toBe('осталась 1 минута');
  });

  it('describes it in English too', () => {
    expect(describeTimeLeft(urgencyOf(inDays(4), now, 14), 'en')).toBe('4 days left');
    expect(describeTimeLeft(urgencyOf(inDays(-1.2), now, 14), 'en')).toMatch(/^expired 1 day/);
  });
});
