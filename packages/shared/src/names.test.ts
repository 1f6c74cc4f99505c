import { describe, expect, it } from 'vitest';
import { normalizeName } from './names.js';

describe('normalizeName', () => {
  it('unifies the spellings קריית and קרית', () => {
    expect(normalizeName('קריית ביאליק')).toBe(normalizeName('קרית ביאליק'));
    expect(normalizeName('קריית ביאליק')).toBe('קרית ביאליק');
  });

  it('changes קריית only as a whole word', () => {
    expect(normalizeName('אלקריית')).toBe('אלקריית');
  });

  it('treats a hyphen as a space', () => {
    expect(normalizeName('ביר אל-מכסור')).toBe(normalizeName('ביר אל מכסור'));
  });

  it('removes geresh and treats hyphens as spaces', () => {
    expect(normalizeName("כעביה-טבאש-חג'אג'רה")).toBe(normalizeName('כעביה טבאש חגאגרה'));
    expect(normalizeName('כעביה־טבאש־חג׳אג׳רה')).toBe('כעביה טבאש חגאגרה');
  });

  it('keeps different letters different: those names match through aliases', () => {
    expect(normalizeName('דאלית אל-כרמל')).not.toBe(normalizeName('דלית אל כרמל'));
    expect(normalizeName('תמרה')).not.toBe(normalizeName('טמרה'));
  });

  it('keeps Hebrew prefixes and doubled letters', () => {
    expect(normalizeName('הכרמל')).not.toBe(normalizeName('כרמל'));
    expect(normalizeName('עספיא')).not.toBe(normalizeName('עוספיא'));
  });

  it('lower-cases Latin', () => {
    expect(normalizeName('Tirat Karmel')).toBe('tirat karmel');
    expect(normalizeName("Shefa-'Amr")).toBe(normalizeName('SHEFA AMR'));
  });

  it('strips niqqud', () => {
    expect(normalizeName('שְׁפַרְעָם')).toBe(normalizeName('שפרעם'));
  });

  it('maps Hebrew final letters to their normal form', () => {
    expect(normalizeName('שפרעם')).toBe('שפרעמ');
    expect(normalizeName('ך ם ן ף ץ')).toBe('כ מ נ פ צ');
  });

  it('unifies gershayim and quotation marks by removing them', () => {
    expect(normalizeName('מ״א זבולון')).toBe(normalizeName('מ"א זבולון'));
    expect(normalizeName('“נשר”')).toBe('נשר');
    expect(normalizeName('‘נשר’ `x`')).toBe('נשר x');
  });

  it('treats dashes, dots, commas and runs of spaces as one space, trimmed', () => {
    expect(normalizeName('  מ.א.  שער   הנגב ')).toBe('מ א שער הנגב');
    expect(normalizeName('תל אביב – יפו')).toBe('תל אביב יפו');
    expect(normalizeName('תל אביב—יפו')).toBe('תל אביב יפו');
    expect(normalizeName('נחף, כרמיאל')).toBe('נחפ כרמיאל');
    expect(normalizeName('גת (קיבוץ)')).toBe('גת קיבוצ');
  });

  it('ignores invisible direction marks and non-breaking spaces', () => {
    expect(normalizeName('\u200Fנשר\u200E\u00A0יקנעם')).toBe(normalizeName('נשר יקנעם'));
  });

  it('unifies Arabic letter forms and strips harakat and tatweel', () => {
    expect(normalizeName('إعبلين')).toBe(normalizeName('اعبلين'));
    expect(normalizeName('أم الفحم')).toBe('ام الفحم');
    expect(normalizeName('آ ٱ')).toBe('ا ا');
    expect(normalizeName('طمرة')).toBe('طمره');
    expect(normalizeName('مصلى')).toBe('مصلي');
    expect(normalizeName('شَفَاعَمْرُو')).toBe(normalizeName('شفاعمرو'));
    expect(normalizeName('شفـاعمرو')).toBe('شفاعمرو');
  });

  it('applies NFKC, so presentation forms match plain letters', () => {
    expect(normalizeName('\uFB2Aפרעם')).toBe(normalizeName('שפרעם'));
    expect(normalizeName('ﻻ')).toBe('لا');
  });

  it('leaves words that name object properties alone', () => {
    expect(normalizeName('Constructor toString')).toBe('constructor tostring');
  });

  it('is idempotent', () => {
    for (const name of ["כעביה-טבאש-חג'אג'רה", 'קריית ים', 'Tirat Karmel', 'أم الفحم']) {
      expect(normalizeName(normalizeName(name))).toBe(normalizeName(name));
    }
  });
});
