// The absence's period: from (date and time) and the expected end ("onbekend" or a date and time). A period that
// overlaps another absence of the same person offers to extend that one instead.
import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { AbsenceFieldErrors } from '../../../domain/absences';
import { draftPeriod, extendedUntil } from '../../../domain/absences';
import type { Instant } from '../../../domain/time';
import type { StoredAbsence } from '../../../graph/absences';
import { useI18n } from '../../../i18n';
import { untilText } from '../absence-text';
import { useAbsenceFormStyles } from './absence-form.styles';
import type { AbsenceFieldRefs, FormSectionProps } from './absence-form-sections';

/** Props of {@link AbsencePeriodFields}. */
export type AbsencePeriodFieldsProps = FormSectionProps & {
  errors: AbsenceFieldErrors;
  fromDateRef: AbsenceFieldRefs['fromDate'];
  fromTimeRef: AbsenceFieldRefs['fromTime'];
  untilDateRef: AbsenceFieldRefs['untilDate'];
  untilTimeRef: AbsenceFieldRefs['untilTime'];
  /** The existing absence the period overlaps (after a refused save), or null. */
  overlapping: StoredAbsence | null;
  onExtend: (existing: StoredAbsence, until: Instant | 'unknown') => void;
};

export function AbsencePeriodFields({
  draft,
  update,
  error,
  errors,
  fromDateRef,
  fromTimeRef,
  untilDateRef,
  untilTimeRef,
  overlapping,
  onExtend,
}: AbsencePeriodFieldsProps) {
  const styles = useAbsenceFormStyles();
  const i18n = useI18n();
  const { t } = i18n;
  // A wrong time shows under the time field; every other problem of a moment under its date field.
  const dateError = (field: 'from' | 'until') =>
    errors[field] === 'invalidTime' ? undefined : error(field);
  const timeError = (field: 'from' | 'until') =>
    errors[field] === 'invalidTime' ? error(field) : undefined;

  return (
    <>
      <div className={styles.row}>
        <Field label={t('absences.field.fromDate')} validationMessage={dateError('from')} required>
          <Input
            ref={fromDateRef}
            type="date"
            value={draft.fromDate}
            onChange={(_e, data) => update({ fromDate: data.value }, ['from'])}
          />
        </Field>
        <Field label={t('absences.field.fromTime')} validationMessage={timeError('from')} required>
          <Input
            ref={fromTimeRef}
            type="time"
            value={draft.fromTime}
            onChange={(_e, data) => update({ fromTime: data.value }, ['from'])}
          />
        </Field>
      </div>
      {overlapping ? (
        <div className={styles.actions}>
          <Button
            onClick={() => {
              const wanted = draftPeriod(draft).until ?? 'unknown';
              onExtend(overlapping, extendedUntil(overlapping.expectedUntil, wanted));
            }}
          >
            {overlapping.expectedUntil === 'unknown'
              ? t('absences.overlap.extendOpen')
              : t('absences.overlap.extend', { until: untilText(overlapping, i18n) })}
          </Button>
        </div>
      ) : null}

      <Field label={t('absences.field.until')}>
        <RadioGroup
          layout="horizontal"
          value={draft.until}
          onChange={(_event, data) =>
            update({ until: data.value === 'date' ? 'date' : 'unknown' }, ['until'])
          }
        >
          <Radio value="unknown" label={t('absences.field.until.unknown')} />
          <Radio value="date" label={t('absences.field.until.date')} />
        </RadioGroup>
      </Field>
      {draft.until === 'date' ? (
        <div className={styles.row}>
          <Field
            label={t('absences.field.untilDate')}
            validationMessage={dateError('until')}
            required
          >
            <Input
              ref={untilDateRef}
              type="date"
              value={draft.untilDate}
              onChange={(_e, data) => update({ untilDate: data.value }, ['until'])}
            />
          </Field>
          <Field
            label={t('absences.field.untilTime')}
            validationMessage={timeError('until')}
            required
          >
            <Input
              ref={untilTimeRef}
              type="time"
              value={draft.untilTime}
              onChange={(_e, data) => update({ untilTime: data.value }, ['until'])}
            />
          </Field>
        </div>
      ) : null}
    </>
  );
}
