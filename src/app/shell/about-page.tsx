import { Button, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { toGraphRequestError, useGraphClient } from '../../graph/client';
import { fetchSignedInUser, type SignedInUser } from '../../graph/people';
import { errorMessage, useI18n } from '../../i18n';
import type { PageProps } from '../page-props';
import { useHomePageStyles } from './shell.styles';

type GraphCheck =
  | { kind: 'checking' }
  | {
      kind: 'connected';
      me: SignedInUser;
      checkedAt: Date;
    }
  | { kind: 'failed'; error: unknown; checkedAt: Date };

/** "Over Bereikbaar": who you are, where the app runs, where its data comes from, and whether Graph answers. */
export function AboutPage({ session, host, config }: PageProps) {
  const styles = useHomePageStyles();
  const { t, formatTime } = useI18n();
  const client = useGraphClient();
  const [check, setCheck] = useState<GraphCheck>({ kind: 'checking' });

  const [attempt, setAttempt] = useState(0);
  const recheck = useCallback(() => {
    setCheck({ kind: 'checking' });
    setAttempt((count) => count + 1);
  }, []);

  useEffect(() => {
    let current = true;
    fetchSignedInUser(client).then(
      (me) => {
        if (current) setCheck({ kind: 'connected', me, checkedAt: new Date() });
      },
      (error: unknown) => {
        if (current)
          setCheck({
            kind: 'failed',
            error: toGraphRequestError(error),
            checkedAt: new Date(),
          });
      },
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  const notSet = <span className={styles.muted}>{t('home.graph.notSet')}</span>;
  const dataSource =
    config.mode === 'demo'
      ? t('home.dataSource.demo', { url: config.emulatorUrl })
      : t('home.dataSource.tenant', { tenant: config.tenantId });

  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t('about.title')}</h1>
      <p>{t('home.intro')}</p>

      <section className={styles.card} aria-labelledby="home-you">
        <h2 id="home-you" className={styles.cardHeading}>
          {t('home.you')}
        </h2>
        <dl className={styles.facts}>
          <dt>{t('home.account')}</dt>
          <dd>{session.account.upn}</dd>
          <dt>{t('home.roles')}</dt>
          <dd>{session.roles.map((role) => t(`role.${role}`)).join(', ')}</dd>
          <dt>{t('home.host')}</dt>
          <dd>{t(`host.${host.kind}`)}</dd>
          <dt>{t('home.dataSource')}</dt>
          <dd>{dataSource}</dd>
        </dl>
      </section>

      <section
        className={styles.card}
        aria-labelledby="home-graph"
        aria-busy={check.kind === 'checking'}
      >
        <h2 id="home-graph" className={styles.cardHeading}>
          {t('home.graph.title')}
        </h2>
        <div role="status">
          {check.kind === 'checking' ? (
            <Spinner size="small" label={t('home.graph.checking')} />
          ) : null}
          {check.kind === 'connected' ? (
            <>
              <p>{t('home.graph.connected')}</p>
              <dl className={styles.facts}>
                <dt>{t('home.graph.displayName')}</dt>
                <dd>{check.me.displayName ?? notSet}</dd>
                <dt>{t('home.graph.jobTitle')}</dt>
                <dd>{check.me.jobTitle ?? notSet}</dd>
                <dt>{t('home.graph.department')}</dt>
                <dd>{check.me.department ?? notSet}</dd>
              </dl>
            </>
          ) : null}
          {check.kind === 'failed' ? (
            <p className={styles.failed}>
              {t('home.graph.failed', { message: errorMessage(check.error, t) })}
            </p>
          ) : null}
          {check.kind === 'checking' ? null : (
            <p className={styles.muted}>
              {t('home.graph.checkedAt', { time: formatTime(check.checkedAt) })}
            </p>
          )}
        </div>
        {check.kind === 'checking' ? null : (
          <div>
            <Button onClick={recheck}>{t('home.graph.recheck')}</Button>
          </div>
        )}
      </section>
    </div>
  );
}
