import { describe, expect, it } from 'vitest';
import { createI18n } from '../../app/i18n';
import { describeTimeLeft, timeLeft } from './time-left';

// 2 June 2020 (the Haifa Bay call's extended deadline): Israel is on summer time, UTC+3, so the
// call closes at midnight Israel time, 21:00 UTC.
const CLOSES_AT = '2020-06-02T21:00:00.000Z';
const at = (iso: string) => Date.parse(iso);
const day = (date: string) => `[${date}]`;

describe('timeLeft', () => {
  it('counts whole days and hours to closesAt from a later day', () => {
    expect(timeLeft(CLOSES_AT, at('2020-05-30T09:30:00Z'))).toEqual({
      kind: 'LATER',
      days: 3,
      hours: 11,
      lastDay: '2020-06-02',
    });
  });

  it("says 'today' on the deadline day in Israel, with hours and minutes to midnight", () => {
    // 08:15 in Israel on the deadline day.
    expect(timeLeft(CLOSES_AT, at('2020-06-02T05:15:00Z'))).toEqual({ kind: 'TODAY', hours: 15, minutes: 45 });
  });

  it("decides 'today' on Israel's calendar, not the reader's or UTC's", () => {
    // 22:30 UTC on 1 June is already 01:30 on 2 June in Israel: the deadline day.
    expect(timeLeft(CLOSES_AT, at('2020-06-01T22:30:00Z'))).toMatchObject({ kind: 'TODAY', hours: 22, minutes: 30 });
    // 20:30 UTC on 1 June is 23:30 on 1 June in Israel: a day and half an hour before.
    expect(timeLeft(CLOSES_AT, at('2020-06-01T20:30:00Z'))).toEqual({
      kind: 'LATER',
      days: 1,
      hours: 0,
      lastDay: '2020-06-02',
    });
  });

  it('rounds the last seconds up to a minute, and is closed at closesAt exactly', () => {
    expect(timeLeft(CLOSES_AT, at('2020-06-02T20:59:30Z'))).toEqual({ kind: 'TODAY', hours: 0, minutes: 1 });
    expect(timeLeft(CLOSES_AT, at(CLOSES_AT))).toEqual({ kind: 'CLOSED' });
    expect(timeLeft(CLOSES_AT, at('2021-01-01T00:00:00Z'))).toEqual({ kind: 'CLOSED' });
  });

  it('follows winter time (UTC+2) as well', () => {
    // A deadline of 31 December 2024 closes at 22:00 UTC.
    expect(timeLeft('2024-12-31T22:00:00.000Z', at('2024-12-31T21:00:00Z'))).toEqual({
      kind: 'TODAY',
      hours: 1,
      minutes: 0,
    });
  });

  it('gives nothing for a closesAt that is not an instant', () => {
    expect(timeLeft('soon', at('2020-06-01T00:00:00Z'))).toBeNull();
  });
});

describe('describeTimeLeft', () => {
  const he = createI18n('he').t;
  const ar = createI18n('ar').t;
  const en = createI18n('en').t;

  it('says days and hours in each language, with its plural forms', () => {
    const left = { kind: 'LATER', days: 3, hours: 2, lastDay: '2020-06-02' } as const;
    expect(describeTimeLeft(left, en, day)).toBe(
      'Time left: 3 days and 2 hours. Last day: [2020-06-02], until midnight Israel time',
    );
    expect(describeTimeLeft(left, he, day)).toBe(
      'הזמן שנותר: 3 ימים ושעתיים. היום האחרון להגשה: [2020-06-02], עד חצות שעון ישראל',
    );
    expect(describeTimeLeft(left, ar, day)).toBe(
      'الوقت المتبقي: 3 أيام وساعتان. آخر يوم للتقديم: [2020-06-02]، حتى منتصف الليل بتوقيت إسرائيل',
    );
  });

  it('joins a number in Hebrew with a hyphen (ו-5), a word without one (ושעתיים)', () => {
    expect(describeTimeLeft({ kind: 'LATER', days: 12, hours: 5, lastDay: '2020-06-02' }, he, day)).toMatch(
      /^הזמן שנותר: 12 ימים ו-5 שעות\./,
    );
    expect(describeTimeLeft({ kind: 'TODAY', hours: 1, minutes: 2 }, he, day)).toMatch(/שעה אחת ושתי דקות$/);
  });

  it('leaves out a zero part', () => {
    expect(describeTimeLeft({ kind: 'LATER', days: 1, hours: 0, lastDay: '2020-06-02' }, en, day)).toBe(
      'Time left: 1 day. Last day: [2020-06-02], until midnight Israel time',
    );
    expect(describeTimeLeft({ kind: 'LATER', days: 0, hours: 11, lastDay: '2020-06-02' }, ar, day)).toMatch(
      /^الوقت المتبقي: 11 ساعة\./,
    );
  });

  it('says the call closes today, in hours and minutes', () => {
    expect(describeTimeLeft({ kind: 'TODAY', hours: 5, minutes: 1 }, en, day)).toBe(
      'Closes today at midnight, Israel time. Time left: 5 hours and 1 minute',
    );
    expect(describeTimeLeft({ kind: 'TODAY', hours: 0, minutes: 40 }, he, day)).toBe(
      'נסגר היום בחצות, שעון ישראל. הזמן שנותר: 40 דקות',
    );
    expect(describeTimeLeft({ kind: 'TODAY', hours: 1, minutes: 0 }, ar, day)).toBe(
      'تُغلق اليوم عند منتصف الليل بتوقيت إسرائيل. الوقت المتبقي: ساعة واحدة',
    );
  });

  it('says when applications are closed', () => {
    expect(describeTimeLeft({ kind: 'CLOSED' }, he, day)).toBe('ההגשה נסגרה');
  });
});
