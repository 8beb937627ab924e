import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { OrganizationSharing } from '../../../domain/my-availability';
import { DEFAULT_SHARING, OPENED_SHARING, sharingAction } from '../../../domain/my-availability';
import type { MessageKey } from '../../../i18n';
import { errorMessage, useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import { useOwnSharing } from '../api/get-own-sharing';
import { useSetOwnSharing } from '../api/set-own-sharing';
import { useMyAvailabilityStyles } from '../my-availability.styles';
import { writeFailureOf } from '../write-failure';

const sharingTexts: Readonly<Record<OrganizationSharing, MessageKey>> = {
  none: 'myAvailability.calendar.none',
  freeBusyRead: 'myAvailability.calendar.freeBusyRead',
  limitedRead: 'myAvailability.calendar.limitedRead',
  read: 'myAvailability.calendar.read',
  write: 'myAvailability.calendar.read',
  other: 'myAvailability.calendar.other',
};

/**
 * "Uw agenda": what colleagues see of the calendar, and the one button that opens it (titles and locations; private
 * items stay private), or undoes that. The write scope is asked only when the button is pressed.
 */
export function CalendarSharingSection() {
  const styles = useMyAvailabilityStyles();
  const { t } = useI18n();
  const sharing = useOwnSharing();
  const setSharing = useSetOwnSharing();
  // What the calendar was before the button opened it, so that undo puts back exactly that.
  const [before, setBefore] = useState<Exclude<OrganizationSharing, 'other'> | null>(null);
  const [done, setDone] = useState<'opened' | 'undone' | null>(null);

  if (sharing.data === undefined) {
    return (
      <section className={styles.section} aria-labelledby="my-calendar">
        <h2 id="my-calendar" className={styles.sectionHeading}>
          {t('myAvailability.calendar.title')}
        </h2>
        {sharing.isError ? (
          <Notice intent="error">
            {t('myAvailability.calendar.failed', { message: errorMessage(sharing.error, t) })}
          </Notice>
        ) : (
          <p className={styles.muted} role="status">
            {t('myAvailability.calendar.loading')}
          </p>
        )}
      </section>
    );
  }

  const { sharing: current, permissionId } = sharing.data;
  const action = sharingAction(current);
  const change = (next: Exclude<OrganizationSharing, 'other'>, outcome: 'opened' | 'undone') => {
    if (permissionId === null) return;
    setDone(null);
    setSharing.mutate(
      { permissionId, sharing: next },
      {
        onSuccess: () => {
          if (outcome === 'opened' && current !== 'other' && current !== OPENED_SHARING)
            setBefore(current);
          setDone(outcome);
        },
      },
    );
  };
  const failure = setSharing.isError ? writeFailureOf(setSharing.error) : null;

  return (
    <section className={styles.section} aria-labelledby="my-calendar">
      <h2 id="my-calendar" className={styles.sectionHeading}>
        {t('myAvailability.calendar.title')}
      </h2>
      <p className={styles.text}>{t(sharingTexts[current])}</p>
      {permissionId === null ? (
        <p className={styles.text}>{t('myAvailability.calendar.noEntry')}</p>
      ) : action === 'none' ? null : (
        <div className={styles.actions}>
          {action === 'open' ? (
            <Button
              appearance="primary"
              disabled={setSharing.isPending}
              onClick={() => change(OPENED_SHARING, 'opened')}
            >
              {t('myAvailability.calendar.open')}
            </Button>
          ) : (
            <Button
              disabled={setSharing.isPending}
              onClick={() => change(before ?? DEFAULT_SHARING, 'undone')}
            >
              {t('myAvailability.calendar.undo')}
            </Button>
          )}
        </div>
      )}
      <div role="status">
        {setSharing.isPending ? t('myAvailability.calendar.saving') : null}
        {done === null ? null : t(`myAvailability.calendar.${done}`)}
      </div>
      {failure === null ? null : (
        <Notice intent={failure === 'failed' ? 'error' : 'warning'}>
          {failure === 'failed'
            ? t('myAvailability.write.failed', { message: errorMessage(setSharing.error, t) })
            : t(`myAvailability.write.${failure}`)}
        </Notice>
      )}
    </section>
  );
}
