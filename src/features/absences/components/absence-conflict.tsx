// When someone else saved the absence first: both versions side by side, which fields each changed, and the choice
// to save only this leader's changes on top of the current version or to take the current version.
import { Button, mergeClasses } from '@fluentui/react-components';
import type {
  AbsenceEditField,
  AbsenceEditable,
  AbsenceMerge,
  AbsenceRegistration,
} from '../../../domain/absences';
import type { PersonSummary } from '../../../domain/people';
import type { StoredAbsence } from '../../../graph/absences';
import { useI18n } from '../../../i18n';
import type { MessageKey } from '../../../i18n';
import { kindText, substituteText, untilText } from '../absence-text';
import { useAbsenceFormStyles } from './absence-form.styles';

/** The version saved since (current), what this leader would save (mine) and the version they started from (base). */
export type AbsenceConflictState = {
  current: StoredAbsence;
  mine: AbsenceRegistration;
  base: StoredAbsence;
};

const editFieldLabelKeys: Readonly<Record<AbsenceEditField, MessageKey>> = {
  kind: 'absences.field.kind',
  from: 'absences.field.from',
  until: 'absences.field.until',
  calls: 'absences.field.callsSubstitute',
  callbacks: 'absences.field.callbacks',
  note: 'absences.field.note',
};

/** A short description of a registration or stored absence, for the conflict view. */
function Summary({
  values,
  changedKeys,
  peopleById,
}: {
  values: AbsenceEditable;
  changedKeys: ReadonlySet<string>;
  peopleById: ReadonlyMap<string, PersonSummary>;
}) {
  const styles = useAbsenceFormStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const rows: [string, string, string][] = [
    ['kind', t('absences.field.kind'), kindText(values.kind, t)],
    ['from', t('absences.field.from'), i18n.formatDateTime(new Date(values.from))],
    ['until', t('absences.field.until'), untilText(values, i18n)],
    [
      'calls',
      t('absences.field.callsSubstitute'),
      substituteText(values.substituteForCalls, peopleById, t),
    ],
    [
      'callbacks',
      t('absences.field.callbacks'),
      substituteText(values.substituteForCallbacks, peopleById, t),
    ],
    ['note', t('absences.field.note'), values.noteForFrontOffice ?? '—'],
  ];
  return (
    <dl className={styles.summary}>
      {rows.map(([key, term, value]) => (
        <div key={key} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={mergeClasses(styles.definition, changedKeys.has(key) && styles.changed)}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Props of {@link AbsenceConflict}. */
export type AbsenceConflictProps = {
  headingId: string;
  conflict: AbsenceConflictState;
  merge: AbsenceMerge;
  peopleById: ReadonlyMap<string, PersonSummary>;
  onSaveMine: () => void;
  onTakeCurrent: () => void;
};

export function AbsenceConflict({
  headingId,
  conflict,
  merge,
  peopleById,
  onSaveMine,
  onTakeCurrent,
}: AbsenceConflictProps) {
  const styles = useAbsenceFormStyles();
  const { t } = useI18n();
  return (
    <section className={styles.conflict} aria-labelledby={headingId} role="alert">
      <h3 id={headingId} className={styles.versionTitle}>
        {t('absences.conflict.title')}
      </h3>
      <p>{t('absences.conflict.explain')}</p>
      <div className={styles.versions}>
        <div>
          <h4 className={styles.versionTitle}>{t('absences.conflict.current')}</h4>
          <Summary
            values={conflict.current}
            changedKeys={new Set([...merge.theirs, ...merge.both])}
            peopleById={peopleById}
          />
        </div>
        <div>
          <h4 className={styles.versionTitle}>{t('absences.conflict.mine')}</h4>
          <Summary
            values={conflict.mine}
            changedKeys={new Set([...merge.mine, ...merge.both])}
            peopleById={peopleById}
          />
        </div>
      </div>
      <ul>
        {(
          [
            ['absences.conflict.fields.mine', merge.mine],
            ['absences.conflict.fields.theirs', merge.theirs],
            ['absences.conflict.fields.both', merge.both],
          ] as const
        ).map(([key, fields]) =>
          fields.length === 0 ? null : (
            <li key={key}>
              {t(key, {
                fields: fields.map((field) => t(editFieldLabelKeys[field])).join(', '),
              })}
            </li>
          ),
        )}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onSaveMine}>
          {t('absences.conflict.saveMine')}
        </Button>
        <Button onClick={onTakeCurrent}>{t('absences.conflict.takeCurrent')}</Button>
      </div>
    </section>
  );
}
