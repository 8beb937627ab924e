import { Link } from '@fluentui/react-components';
import { useI18n } from '../../i18n';
import { AutomaticRepliesSection } from './components/automatic-replies-section';
import { CalendarSharingSection } from './components/calendar-sharing-section';
import { KcpViewSection } from './components/kcp-view-section';
import { OpenCallbacksSection } from './components/open-callbacks-section';
import { WorkingHoursSection } from './components/working-hours-section';
import { useMyAvailabilityStyles } from './my-availability.styles';

/** Props of {@link MyAvailabilityScreen}. */
export type MyAvailabilityScreenProps = {
  /** Where "Mijn terugbelverzoeken" is (`#/mijn-terugbelverzoeken`). */
  callbacksHref: string;
  /** Where "Over Bereikbaar" is (`#/over`): the connection details, for IT staff. */
  aboutHref: string;
};

/** "Mijn bereikbaarheid": how the front office sees the employee, and what they can fix in one click. */
export function MyAvailabilityScreen({ callbacksHref, aboutHref }: MyAvailabilityScreenProps) {
  const styles = useMyAvailabilityStyles();
  const { t } = useI18n();
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t('myAvailability.title')}</h1>
      <p className={styles.intro}>{t('myAvailability.intro')}</p>
      <KcpViewSection />
      <CalendarSharingSection />
      <AutomaticRepliesSection />
      <WorkingHoursSection />
      <OpenCallbacksSection listHref={callbacksHref} />
      <p className={styles.text}>
        <Link href={aboutHref}>{t('myAvailability.about')}</Link>
      </p>
    </div>
  );
}
