import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Israeli Standard 5568 is WCAG 2.1 AA: these are the rules it asks for. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  // Name each failing rule with its elements, so a failure says what to fix.
  const summary = violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Formatted text can carry invisible direction marks; compare without them (quality.md). */
export function stripMarks(text: string): string {
  return text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');
}
