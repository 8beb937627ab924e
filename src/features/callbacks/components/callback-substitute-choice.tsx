// When the chosen colleague cannot call back before the due moment: why (with when they are back),
// and the choice between their substitute (proposed) and the colleague after all.
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { Substitute } from '../../../domain/availability';
import type { CallbackAssigneeProposal } from '../../../domain/callbacks';
import type { PersonSummary } from '../../../domain/people';
import { useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import type { SubstituteChoice } from '../callback-form-state';

/** Props of {@link CallbackSubstituteChoice}. */
export type CallbackSubstituteChoiceProps = {
  person: PersonSummary;
  proposal: CallbackAssigneeProposal;
  substitute: Substitute | null;
  /** The substitute colleague's name (for a person substitute), when the directory knows them. */
  substituteName: (personId: string) => string | undefined;
  choice: SubstituteChoice;
  onChoiceChange: (choice: SubstituteChoice) => void;
};

/** See the module comment; nothing when the colleague can call back. */
export function CallbackSubstituteChoice({
  person,
  proposal,
  substitute,
  substituteName: nameOf,
  choice,
  onChoiceChange,
}: CallbackSubstituteChoiceProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (proposal.kind === 'person') return null;
  const substituteName =
    substitute === null
      ? null
      : substitute.kind === 'person'
        ? (nameOf(substitute.personId) ?? t('callbacks.form.unknownColleague'))
        : substitute.mailbox;
  // Why the colleague cannot call back, with when they are really back.
  const awayText = t(
    proposal.absent === 'now'
      ? 'callbacks.substitute.label'
      : 'callbacks.substitute.labelBeforeDue',
    {
      name: person.displayName,
      back:
        proposal.back === 'unknown'
          ? t('callbacks.substitute.backUnknown')
          : t('callbacks.substitute.back', { date: i18n.formatDateTime(new Date(proposal.back)) }),
    },
  );
  if (substituteName === null)
    return (
      <Notice intent="warning">
        {awayText} {t('callbacks.substitute.nobody')}
      </Notice>
    );
  const acceptText =
    proposal.kind === 'teamMailbox'
      ? t('callbacks.substitute.acceptMailbox', {
          team: person.team ?? '',
          mailbox: substituteName,
        })
      : t('callbacks.substitute.accept', { name: substituteName });
  return (
    <Notice intent="warning">
      <Field label={awayText}>
        <RadioGroup
          value={choice}
          onChange={(_event, data) =>
            onChoiceChange(data.value === 'original' ? 'original' : 'substitute')
          }
        >
          <Radio value="substitute" label={acceptText} />
          <Radio
            value="original"
            label={t('callbacks.substitute.decline', { name: person.displayName })}
          />
        </RadioGroup>
      </Field>
    </Notice>
  );
}
