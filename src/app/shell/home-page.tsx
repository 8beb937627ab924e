import { Link } from '@fluentui/react-components';
import { useI18n } from '../../i18n';
// eslint-disable-next-line bereikbaar/public-index -- the badges load after the first paint; the index would pull the lazily loaded callback pages into the first chunk
import { DeferredMyCallbacksNavBadge } from '../../features/callbacks/deferred-shell-parts';
import type { PageProps } from '../page-props';
import { useHomePageStyles } from './shell.styles';

/** The start page: a welcome, the user's open callback requests with a link to them, and "Over Bereikbaar". */
export function HomePage({ session, config }: PageProps) {
  const styles = useHomePageStyles();
  const { t } = useI18n();
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t('home.title', { name: session.account.displayName })}</h1>
      <p>{t('home.intro')}</p>
      <section className={styles.card} aria-labelledby="home-callbacks">
        <h2 id="home-callbacks" className={styles.cardHeading}>
          {t('home.callbacks.title')}
        </h2>
        <p>{t('home.callbacks.intro')}</p>
        <p>
          <Link href="#/mijn-terugbelverzoeken">
            {t('callbacks.route.mine')}
            <DeferredMyCallbacksNavBadge
              config={config}
              account={{ userId: session.account.userId, displayName: session.account.displayName }}
            />
          </Link>
        </p>
      </section>
      <p>
        <Link href="#/over">{t('about.link')}</Link>
      </p>
    </div>
  );
}
