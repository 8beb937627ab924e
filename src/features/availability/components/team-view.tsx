import { Link } from '@fluentui/react-components';
import { MailRegular, PhoneRegular } from '@fluentui/react-icons';
import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { orderByReachability, soonestReachable } from '../../../domain/availability';
import type { AvailabilityState } from '../../../domain/availability';
import type { PersonSummary } from '../../../domain/people';
import type { Instant } from '../../../domain/time';
import type { TeamSummary } from '../../../graph/people';
import { useI18n } from '../../../i18n';
import type { PersonStatus } from '../person-status';
import { StatusSummary } from './status-summary';
import { telLink } from './person-card';
import { useTeamViewStyles } from './team-view.styles';

/** Props of {@link TeamView}. */
export type TeamViewProps = {
  team: TeamSummary;
  members: readonly PersonSummary[];
  peopleById: ReadonlyMap<string, PersonSummary>;
  statusOf: (personId: string) => PersonStatus;
  now: Date;
  onOpenPerson: (personId: string) => void;
  /** The outcome buttons for this team (after trying to put the call through). */
  outcomes?: ReactNode;
};

type Entry = {
  person: PersonSummary;
  status: PersonStatus;
  displayName: string;
  availability: { state: AvailabilityState; until: Instant | 'unknown' | null };
};

/**
 * A team: its first reachable colleague at the top, then every member with state, reachable first
 * (busy soonest free next, then absent, then unknown), plus the general mailbox and topics.
 */
export function TeamView({
  team,
  members,
  peopleById,
  statusOf,
  now,
  onOpenPerson,
  outcomes,
}: TeamViewProps) {
  const styles = useTeamViewStyles();
  const { t } = useI18n();
  // Unique: teams among the first results are rendered ahead, hidden, beside the open one.
  const headingId = useId();
  const entries = useMemo(
    () =>
      orderByReachability(
        members.map((person): Entry => {
          const status = statusOf(person.id);
          return {
            person,
            status,
            displayName: person.displayName,
            availability:
              status.kind === 'known'
                ? { state: status.availability.state, until: status.availability.until }
                : { state: 'unknown', until: null },
          };
        }),
      ),
    [members, statusOf],
  );
  // Who to try first: reachable now and longest, else whoever is free or back soonest.
  const first = soonestReachable(entries);
  const firstIsLater = first !== null && first.availability.state !== 'reachable';
  const leader = team.leaderId === null ? undefined : peopleById.get(team.leaderId);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} className={styles.heading}>
          {t('availability.team.title', { name: team.name })}
        </h2>
        {team.department === null || team.department === '' ? null : (
          <span className={styles.muted}>{team.department}</span>
        )}
      </div>

      {outcomes}
      <section className={styles.first} aria-labelledby={`${headingId}-first`}>
        <h3 id={`${headingId}-first`} className={styles.subheading}>
          {t('availability.team.firstReachable')}
        </h3>
        {first === null || firstIsLater ? (
          <span>{t('availability.team.noneReachable')}</span>
        ) : null}
        {first === null ? null : (
          <>
            {firstIsLater ? <span>{t('availability.team.soonestReachable')}</span> : null}
            <Link
              as="button"
              className={styles.firstName}
              onClick={() => onOpenPerson(first.person.id)}
            >
              {first.person.displayName}
            </Link>
            <StatusSummary status={first.status} now={now} />
            <Phones person={first.person} />
          </>
        )}
      </section>

      <dl className={styles.facts}>
        {leader === undefined ? null : (
          <>
            <dt>{t('availability.team.leader')}</dt>
            <dd>
              <Link as="button" onClick={() => onOpenPerson(leader.id)}>
                {leader.displayName}
              </Link>
            </dd>
          </>
        )}
        {team.generalMailbox === null || team.generalMailbox === '' ? null : (
          <>
            <dt>{t('availability.team.mailbox')}</dt>
            <dd>
              <Link href={`mailto:${team.generalMailbox}`}>
                <MailRegular aria-hidden="true" /> {team.generalMailbox}
              </Link>
            </dd>
          </>
        )}
        <dt>{t('callbacks.link.teamTerm')}</dt>
        <dd>
          <Link
            href={`#/terugbelverzoek/nieuw?team=${encodeURIComponent(team.name)}`}
            aria-label={t('callbacks.link.createFor', { name: team.name })}
          >
            {t('callbacks.link.create')}
          </Link>
        </dd>
        {team.topics.length === 0 ? null : (
          <>
            <dt>{t('availability.team.topics')}</dt>
            <dd>{team.topics.join(', ')}</dd>
          </>
        )}
      </dl>

      <h3 id={`${headingId}-members`} className={styles.subheading}>
        {t('availability.team.members', { count: entries.length })}
      </h3>
      <ul className={styles.members} aria-labelledby={`${headingId}-members`}>
        {entries.map((entry) => (
          <li key={entry.person.id} className={styles.member}>
            <span>
              <Link as="button" onClick={() => onOpenPerson(entry.person.id)}>
                {entry.person.displayName}
              </Link>
              {entry.person.jobTitle === null ? null : (
                <span className={styles.muted}> · {entry.person.jobTitle}</span>
              )}
            </span>
            <StatusSummary status={entry.status} now={now} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Phones({ person }: { person: PersonSummary }) {
  const styles = useTeamViewStyles();
  const { t } = useI18n();
  if (person.phones.length === 0) return null;
  return (
    <span className={styles.phones}>
      {person.phones.map((phone) => {
        const kind = t(`availability.card.phone.${phone.kind}`);
        return (
          <Link
            key={`${phone.kind}:${phone.number}`}
            href={telLink(phone.number)}
            aria-label={t('availability.card.phone.call', { number: phone.number, kind })}
          >
            <PhoneRegular aria-hidden="true" /> {phone.number}
          </Link>
        );
      })}
    </span>
  );
}
