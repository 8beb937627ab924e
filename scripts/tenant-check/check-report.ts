// The report of the checks: one line per check and a closing summary, in the reader's language.
import { checkText } from './check-messages';
import type { CheckLocale } from './check-messages';
import type { CheckMessage, CheckOutcome, TenantCheckResult } from './check-result';

const marks: Record<CheckOutcome, string> = { pass: '✓', warn: '!', fail: '✗' };

/**
 * One line per check: mark, title, what was asked, what came back, and for a failure what to do.
 * @example formatCheckLine('en', result) // "✓ ok  Signed in: GET /me?… → Ingrid Bakker (…)"
 */
export function formatCheckLine(locale: CheckLocale, result: TenantCheckResult): string {
  const render = (message: CheckMessage): string => checkText(locale, message.key, message.params);
  const got = result.got.map(render).join('; ');
  const advice =
    result.advice === undefined
      ? ''
      : ` ${checkText(locale, 'label.advice')}: ${render(result.advice)}`;
  return `${marks[result.outcome]} ${checkText(locale, `outcome.${result.outcome}`)}  ${render(result.title)}: ${result.asked} → ${got}.${advice}`;
}

/** The closing line: counts per outcome. */
export function formatCheckSummary(
  locale: CheckLocale,
  results: readonly TenantCheckResult[],
): string {
  const count = (outcome: CheckOutcome): number =>
    results.filter((r) => r.outcome === outcome).length;
  return checkText(locale, 'summary', {
    passed: count('pass'),
    warned: count('warn'),
    failed: count('fail'),
    total: results.length,
  });
}
