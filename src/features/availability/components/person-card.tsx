import { Link } from '@fluentui/react-components';
import {
  CallRegular,
  ChatRegular,
  MailRegular,
  PhoneRegular,
  PersonCallRegular,
} from '@fluentui/react-icons';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { Substitute } from '../../../domain/availability';
import type { PersonSummary } from '../../../domain/people';
import { useI18n } from '../../../i18n';
import type { MessageKey } from '../../../i18n';
import { AvailabilityFactList, AvailabilityVerdict } from '../../../ui';
import type { PersonStatus } from '../person-status';
import { usePersonCardStyles } from './person-card.styles';
import { StatusSummary } from './status-summary';

/** Props of {@link PersonCard}. */
export type PersonCardProps = {
  person: PersonSummary;
  status: PersonStatus;
  now: Date;
  /** Colleagues by id, to name substitutes. */
  peopleById: ReadonlyMap<string, PersonSummary>;
  statusOf: (personId: string) => PersonStatus;
  onOpenPerson: (personId: string) => void;
  onOpenTeam: (teamName: string) => void;
  /** The outcome buttons for this colleague (after trying to put the call through). */
  outcomes?: ReactNode;
};

/** Teams deep link to call or chat with a user, by UPN. */
export function teamsLink(kind: 'call' | 'chat', upn: string): string {
  return `https://teams.microsoft.com/l/${kind}/0/0?users=${encodeURIComponent(upn)}`;
}

/** `tel:` URI for a number as written in the directory ("+31 50 123 4567" → "tel:+31501234567"). */
export function telLink(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/**
 * The keyboard shortcut to "Terugbelverzoek maken" while a card is open (README: keyboard). Alt+Shift+N:
 * browsers use Alt+letter for their menus and Alt+Shift+T / Alt+Shift+A / Alt+Shift+I / Alt+Shift+B
 * for toolbars; Teams uses Ctrl and Ctrl+Shift combinations (and Alt+Shift+R to reply).
 */
export const CALLBACK_SHORTCUT = { label: 'Alt+Shift+N', code: 'KeyN' } as const;

/** Whether a key press is {@link CALLBACK_SHORTCUT} (by physical key, so it works on macOS's Option too). */
export function isCallbackShortcut(
  event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>,
): boolean {
  return (
    event.altKey &&
    event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    event.code === CALLBACK_SHORTCUT.code
  );
}

/** The address of a new callback request for a colleague. */
export function callbackHrefFor(personId: string): string {
  return `#/terugbelverzoek/nieuw?voor=${encodeURIComponent(personId)}`;
}

/**
 * A colleague's card: state (word + icon + colour), until when, why, next free slot, current and next
 * appointment when visible, "agenda niet gedeeld", phone and Teams links, organisation, and for a
 * registered absence the substitutes with their own state and the note for the front office.
 * Never the kind of an absence.
 */
export function PersonCard({
  person,
  status,
  now,
  peopleById,
  statusOf,
  onOpenPerson,
  onOpenTeam,
  outcomes,
}: PersonCardProps) {
  const styles = usePersonCardStyles();
  const { t } = useI18n();
  const headingId = `person-card-${person.id}`;
  const availability = status.kind === 'known' ? status.availability : null;
  const callbackHref = callbackHrefFor(person.id);

  // The shortcut works from anywhere on the screen while this card is open (also from the search box).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCallbackShortcut(event)) return;
      event.preventDefault();
      window.location.hash = callbackHref;
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [callbackHref]);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} className={styles.heading}>
          {person.displayName}
        </h2>
        {person.jobTitle === null ? null : <span className={styles.muted}>{person.jobTitle}</span>}
      </div>

      <AvailabilityVerdict status={status} now={now} />

      {/* First in the card, always: the same keyboard path for every colleague. */}
      <div className={styles.actions}>
        <Link
          href={callbackHref}
          className={styles.linkWithIcon}
          aria-label={t('callbacks.link.createFor', { name: person.displayName })}
          aria-keyshortcuts={CALLBACK_SHORTCUT.label}
        >
          <PersonCallRegular aria-hidden="true" />
          {t('callbacks.link.create')}
        </Link>
        {/* Beside the link, not in it: the visible label stays part of the link's accessible name. */}
        <kbd className={styles.shortcut}>{CALLBACK_SHORTCUT.label}</kbd>
      </div>
      {outcomes}

      <AvailabilityFactList status={status} now={now} />

      {availability?.absence == null ? null : (
        <section className={styles.absence} aria-labelledby={`${headingId}-absence`}>
          <h3 id={`${headingId}-absence`} className={styles.subheading}>
            {t('availability.absence.title')}
          </h3>
          <SubstituteLine
            labelKey="availability.absence.substituteForCalls"
            substitute={availability.absence.substituteForCalls}
            peopleById={peopleById}
            statusOf={statusOf}
            now={now}
            onOpenPerson={onOpenPerson}
          />
          <SubstituteLine
            labelKey="availability.absence.substituteForCallbacks"
            substitute={availability.absence.substituteForCallbacks}
            peopleById={peopleById}
            statusOf={statusOf}
            now={now}
            onOpenPerson={onOpenPerson}
          />
          {availability.absence.noteForFrontOffice === null ||
          availability.absence.noteForFrontOffice === '' ? null : (
            <div className={styles.substitute}>
              <strong>{t('availability.absence.note')}</strong>
              <p className={styles.note}>{availability.absence.noteForFrontOffice}</p>
            </div>
          )}
        </section>
      )}

      <section className={styles.section} aria-labelledby={`${headingId}-contact`}>
        <h3 id={`${headingId}-contact`} className={styles.subheading}>
          {t('availability.card.phones')}
        </h3>
        {person.phones.length === 0 ? (
          <span className={styles.muted}>{t('availability.card.phone.none')}</span>
        ) : (
          <ul className={styles.phoneList}>
            {person.phones.map((phone) => {
              const kind = t(`availability.card.phone.${phone.kind}`);
              return (
                <li key={`${phone.kind}:${phone.number}`}>
                  <Link
                    href={telLink(phone.number)}
                    className={styles.linkWithIcon}
                    aria-label={t('availability.card.phone.call', { number: phone.number, kind })}
                  >
                    <PhoneRegular aria-hidden="true" />
                    {phone.number}
                  </Link>{' '}
                  <span className={styles.muted}>({kind})</span>
                </li>
              );
            })}
          </ul>
        )}
        {person.mail === null || person.mail === '' ? null : (
          <div className={styles.actions}>
            <Link
              href={teamsLink('call', person.mail)}
              target="_blank"
              rel="noreferrer"
              className={styles.linkWithIcon}
              aria-label={t('availability.card.teamsCall.label', { name: person.displayName })}
            >
              <CallRegular aria-hidden="true" />
              {t('availability.card.teamsCall')}
            </Link>
            <Link
              href={teamsLink('chat', person.mail)}
              target="_blank"
              rel="noreferrer"
              className={styles.linkWithIcon}
              aria-label={t('availability.card.teamsChat.label', { name: person.displayName })}
            >
              <ChatRegular aria-hidden="true" />
              {t('availability.card.teamsChat')}
            </Link>
          </div>
        )}
      </section>

      <dl className={styles.facts}>
        {person.team === null ? null : (
          <>
            <dt>{t('availability.card.team')}</dt>
            <dd>
              <Link
                as="button"
                aria-label={t('availability.card.teamLink', { name: person.team })}
                onClick={() => {
                  if (person.team !== null) onOpenTeam(person.team);
                }}
              >
                {person.team}
              </Link>
            </dd>
          </>
        )}
        {person.department === null ? null : (
          <>
            <dt>{t('availability.card.department')}</dt>
            <dd>{person.department}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

type SubstituteLineProps = {
  labelKey: MessageKey;
  substitute: Substitute | null;
  peopleById: ReadonlyMap<string, PersonSummary>;
  statusOf: (personId: string) => PersonStatus;
  now: Date;
  onOpenPerson: (personId: string) => void;
};

function SubstituteLine({
  labelKey,
  substitute,
  peopleById,
  statusOf,
  now,
  onOpenPerson,
}: SubstituteLineProps) {
  const styles = usePersonCardStyles();
  const { t } = useI18n();
  let body;
  if (substitute === null) {
    body = <span className={styles.muted}>{t('availability.absence.noSubstitute')}</span>;
  } else if (substitute.kind === 'teamMailbox') {
    body = (
      <Link href={`mailto:${substitute.mailbox}`} className={styles.linkWithIcon}>
        <MailRegular aria-hidden="true" />
        {t('availability.absence.teamMailbox', { mailbox: substitute.mailbox })}
      </Link>
    );
  } else {
    const colleague = peopleById.get(substitute.personId);
    body =
      colleague === undefined ? (
        <span className={styles.muted}>{t('availability.absence.unknownPerson')}</span>
      ) : (
        <>
          <span>
            <Link
              as="button"
              onClick={() => onOpenPerson(colleague.id)}
              aria-label={t('availability.absence.openSubstitute', { name: colleague.displayName })}
            >
              {colleague.displayName}
            </Link>
            {colleague.jobTitle === null ? null : (
              <span className={styles.muted}> · {colleague.jobTitle}</span>
            )}
          </span>
          <StatusSummary status={statusOf(colleague.id)} now={now} />
        </>
      );
  }
  return (
    <div className={styles.substitute}>
      <strong>{t(labelKey)}</strong>
      {body}
    </div>
  );
}
