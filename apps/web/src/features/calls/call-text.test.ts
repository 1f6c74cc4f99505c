import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './call-text';

describe('paragraphsOf', () => {
  it('splits at blank lines and keeps the line breaks inside a paragraph', () => {
    expect(paragraphsOf('קול קורא\r\n\r\nלגופים\n   • ארגונים\n   • עסקים\n\n\n\nסוף')).toEqual([
      'קול קורא',
      'לגופים\n   • ארגונים\n   • עסקים',
      'סוף',
    ]);
  });

  it('treats a line of spaces as blank, and gives nothing for empty text', () => {
    expect(paragraphsOf('one\n  \ntwo')).toEqual(['one', 'two']);
    expect(paragraphsOf('  \n\n ')).toEqual([]);
  });
});
