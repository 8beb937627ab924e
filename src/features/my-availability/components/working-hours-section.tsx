import type { WorkingHours } from '../../../domain/availability';
import { workingHoursWarnings } from '../../../domain/my-availability';
import type { WorkingHoursWarning } from '../../../domain/my-availability';
import { WEEKDAYS, normalizeWeekday, parseWallClockTime } from '../../../domain/time';
import type { Weekday } from '../../../domain/time';
import type { I18n } from '../../../i18n';
import { useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import { useOwnSignals } from '../api/get-own-signals';
import { useMyAvailabilityStyles } from '../my-availability.styles';

const dayName = (i18n: Pick<I18n, 't'>, day: Weekday) => i18n.t(`myAvailability.day.${day}`);

/** "08:30" from Exchange's "08:30:00.0000000". */
function clockText(text: string): string {
  const minute = parseWallClockTime(text);
  if (minute === null) return text;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function hoursText(i18n: Pick<I18n, 't'>, hours: WorkingHours): string {
  const days = new Set(hours.daysOfWeek.map((day) => normalizeWeekday(String(day))));
  return i18n.t('myAvailability.hours.value', {
    days: WEEKDAYS.filter((day) => days.has(day))
      .map((day) => dayName(i18n, day))
      .join(', '),
    start: clockText(hours.startTime),
    end: clockText(hours.endTime),
  });
}

function warningText(i18n: Pick<I18n, 't'>, warning: WorkingHoursWarning): string {
  switch (warning.kind) {
    case 'veryLong':
      return i18n.t('myAvailability.hours.warning.veryLong', { hours: warning.hours });
    case 'appointmentsOnDayOff':
      return i18n.t('myAvailability.hours.warning.appointmentsOnDayOff', {
        days: warning.days.map((day) => dayName(i18n, day)).join(', '),
      });
    default:
      return i18n.t(`myAvailability.hours.warning.${warning.kind}`);
  }
}

/** "Werktijden": what Outlook has, and a warning when they are missing or clearly wrong. */
export function WorkingHoursSection() {
  const styles = useMyAvailabilityStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const signals = useOwnSignals();
  const own = signals.data;
  const warnings =
    own === undefined || own === null
      ? []
      : workingHoursWarnings(own.workingHours, own.calendar?.items ?? []);
  return (
    <section className={styles.section} aria-labelledby="my-hours">
      <h2 id="my-hours" className={styles.sectionHeading}>
        {t('myAvailability.hours.title')}
      </h2>
      {own === undefined ? null : own === null ? (
        <p className={styles.text}>{t('myAvailability.hours.unknown')}</p>
      ) : own.workingHours === null ? null : (
        <p className={styles.text}>{hoursText(i18n, own.workingHours)}</p>
      )}
      {warnings.length === 0 ? null : (
        <Notice intent="warning">
          <strong>{t('myAvailability.hours.warnings')}</strong>
          <ul className={styles.warnings}>
            {warnings.map((warning) => (
              <li key={warning.kind}>{warningText(i18n, warning)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <p className={styles.muted}>{t('myAvailability.hours.howToChange')}</p>
    </section>
  );
}
