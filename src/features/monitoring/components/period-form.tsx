// The period (a preset or two dates) and, for a leader of several teams, the team; "Cijfers tonen" asks again.
import { Button, Field, Input, Select, mergeClasses } from '@fluentui/react-components';
import type { LocalDate } from '../../../domain/time';
import type { TeamSummary } from '../../../graph/people';
import { useI18n } from '../../../i18n';
import { useMonitoringStyles } from '../monitoring.styles';
import type { DayRange, PeriodPreset } from '../period';
import { periodPresets, presetRange } from '../period';

/** Props of {@link PeriodForm}. */
export type PeriodFormProps = {
  preset: PeriodPreset | 'custom';
  range: DayRange;
  today: LocalDate;
  /** 'invalid' when the range is not two dates in order (the button is off then). */
  validity: 'valid' | 'invalid';
  /** The teams a team leader chooses among; empty for the coordinator. */
  teamChoices: readonly TeamSummary[];
  teamName: string | null;
  onTeamChange: (name: string) => void;
  onPresetChange: (preset: PeriodPreset | 'custom') => void;
  onRangeChange: (range: DayRange) => void;
  onShow: () => void;
};

export function PeriodForm({
  preset,
  range,
  today,
  validity,
  teamChoices,
  teamName,
  onTeamChange,
  onPresetChange,
  onRangeChange,
  onShow,
}: PeriodFormProps) {
  const { t } = useI18n();
  const styles = useMonitoringStyles();
  return (
    <form
      className={mergeClasses(styles.periodForm, styles.noPrint)}
      onSubmit={(event) => {
        event.preventDefault();
        onShow();
      }}
    >
      {teamChoices.length > 1 && (
        <Field label={t('monitoring.team.choose')}>
          <Select value={teamName ?? ''} onChange={(_, data) => onTeamChange(data.value)}>
            {teamChoices.map((team) => (
              <option key={team.name} value={team.name}>
                {team.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t('monitoring.period.preset')}>
        <Select
          value={preset}
          onChange={(_, data) => {
            const value = data.value as PeriodPreset | 'custom';
            onPresetChange(value);
            if (value !== 'custom') onRangeChange(presetRange(value, today));
          }}
        >
          {periodPresets.map((value) => (
            <option key={value} value={value}>
              {t(`monitoring.period.${value}`)}
            </option>
          ))}
          <option value="custom">{t('monitoring.period.custom')}</option>
        </Select>
      </Field>
      <Field
        label={t('monitoring.period.from')}
        validationMessage={validity === 'invalid' ? t('monitoring.period.invalid') : undefined}
      >
        <Input
          type="date"
          value={range.from}
          onChange={(_, data) => {
            onPresetChange('custom');
            onRangeChange({ ...range, from: data.value as LocalDate });
          }}
        />
      </Field>
      <Field label={t('monitoring.period.to')}>
        <Input
          type="date"
          value={range.to}
          onChange={(_, data) => {
            onPresetChange('custom');
            onRangeChange({ ...range, to: data.value as LocalDate });
          }}
        />
      </Field>
      <Button type="submit" appearance="primary" disabled={validity === 'invalid'}>
        {t('monitoring.period.show')}
      </Button>
    </form>
  );
}
