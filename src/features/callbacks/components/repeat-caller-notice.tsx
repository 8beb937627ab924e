// The citizen's earlier requests, shown in the callback form before saving: who has it, status, due, attempts so
// far — only what the agent needs to tell the citizen where it stands — and the choice between adding this call to
// the open request and a new request (linked to the earlier one).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { CallbackRequest } from '../../../domain/callbacks';
import { formatDay, useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import type { EarlierCallbacks } from '../api/get-earlier-callbacks';
import { holderOf } from './use-repeat-caller';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Props of {@link RepeatCallerNotice}. */
export type RepeatCallerNoticeProps = {
  earlier: EarlierCallbacks;
  shown: readonly CallbackRequest[];
  directory: CallbacksDirectory;
  /** The agent chose "Nieuw verzoek" for this form. */
  chosenNew: boolean;
  onAddToOpen: (request: CallbackRequest) => void;
  onChooseNew: () => void;
};

/** See the module comment. */
export function RepeatCallerNotice({
  earlier,
  shown,
  directory,
  chosenNew,
  onAddToOpen,
  onChooseNew,
}: RepeatCallerNoticeProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const titleId = useId();
  if (earlier.status === 'none') return null;
  if (earlier.status === 'loading')
    return (
      <p className={styles.hint} role="status">
        {t('repeatCallers.checking')}
      </p>
    );
  if (earlier.status === 'failed')
    return <Notice intent="warning">{t('repeatCallers.failed')}</Notice>;
  const first = shown[0];
  if (first === undefined) return null;
  const day = (at: number) => formatDay(new Date(at), locale);
  const by =
    earlier.keys.phone !== null && earlier.keys.email !== null
      ? t('repeatCallers.by.both')
      : earlier.keys.phone !== null
        ? t('repeatCallers.by.phone')
        : t('repeatCallers.by.email');
  return (
    <section aria-labelledby={titleId}>
      <Notice intent="warning">
        <div className={styles.body}>
          <h2 id={titleId}>{t('repeatCallers.title')}</h2>
          <p>{t('repeatCallers.intro', { by })}</p>
          <ul className={styles.list} aria-label={t('repeatCallers.list')}>
            {shown.map((request) => {
              const status = t(`repeatCallers.status.${request.status}`);
              const holder = holderOf(request, directory) ?? t('repeatCallers.holderUnknown');
              const summaryId = `${titleId}-${request.id}`;
              const calledAgain = request.repeatCalls?.length ?? 0;
              return (
                <li key={request.id} className={styles.item}>
                  <span id={summaryId}>
                    {t('repeatCallers.summary', {
                      made: day(request.madeAt),
                      holder,
                      status:
                        request.closedAt === null
                          ? status
                          : t('repeatCallers.closedOn', { status, closed: day(request.closedAt) }),
                      due: day(request.dueAt),
                      attempts: request.attempts.length,
                    })}
                    {calledAgain > 0
                      ? `. ${t('repeatCallers.calledAgain', { count: calledAgain })}.`
                      : ''}
                  </span>
                  {request.status === 'open' ? (
                    <div className={styles.actions}>
                      <Button
                        type="button"
                        appearance="primary"
                        aria-describedby={summaryId}
                        onClick={() => onAddToOpen(request)}
                      >
                        {t('repeatCallers.addToOpen')}
                      </Button>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <div className={styles.actions}>
            <Button type="button" onClick={onChooseNew} aria-pressed={chosenNew}>
              {t('repeatCallers.newRequest')}
            </Button>
          </div>
          <p className={styles.hint} aria-live="polite">
            {chosenNew ? t('repeatCallers.newChosen', { made: day(first.madeAt) }) : ''}
          </p>
        </div>
      </Notice>
    </section>
  );
}
