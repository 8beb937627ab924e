// What the leader does on the team screen: save (register or change), end, hand over callbacks; each tells the front
// office where that applies and says what happened in one sentence.
import type { AbsenceRegistration } from '../../domain/absences';
import { frontOfficeChanges } from '../../domain/absences';
import type { PersonSummary } from '../../domain/people';
import { instantFromEpochMs } from '../../domain/time';
import type { ReasonsAccess, StoredAbsence } from '../../graph/absences';
import type { FrontOfficeChange } from '../../notifications';
import { AbsenceSaveError, frontOfficeViewOf } from '../../graph/absences';
import { GraphRequestError } from '../../graph/client';
import { errorMessage, useI18n } from '../../i18n';
import { useAbsencesDataSource } from './api/absences-data-source';
import { useCreateAbsence } from './api/create-absence';
import { useEndAbsence } from './api/end-absence';
import { useNotifyFrontOffice } from './api/notify-front-office';
import { useReassignOpenCallbacks } from './api/reassign-open-callbacks';
import { useUpdateAbsence } from './api/update-absence';
import type { SaveOutcome } from './components/absence-form';

/**
 * The list permissions refused the write (403): only team leaders and the coordinator may write absences. Also when
 * the absence was accepted but its reason refused and the create was rolled back, so nothing is stored.
 */
function isWriteRefused(error: unknown): boolean {
  const cause =
    error instanceof AbsenceSaveError && error.code === 'reasonNotSaved' ? error.cause : error;
  return cause instanceof GraphRequestError && cause.status === 403;
}

type ActionContext = {
  account: { userId: string; displayName: string };
  /** The teams the user leads, whose reasons they may record. */
  reasons: ReasonsAccess;
  teamName: string | null;
  peopleById: ReadonlyMap<string, PersonSummary>;
  nameOf: (personId: string) => string;
  /** Says what happened in the screen's status line. */
  announce: (text: string) => void;
  /** Closes the form after a save. */
  closeForm: () => void;
};

export function useAbsenceActions({
  account,
  reasons,
  teamName,
  peopleById,
  nameOf,
  announce,
  closeForm,
}: ActionContext) {
  const { t } = useI18n();
  const source = useAbsencesDataSource();
  const create = useCreateAbsence();
  const update = useUpdateAbsence();
  const end = useEndAbsence();
  const notify = useNotifyFrontOffice();
  const reassign = useReassignOpenCallbacks();

  /** Tells the front office; 'failed' when the mail could not be sent (the absence is saved all the same). */
  const mailFrontOffice = (absence: StoredAbsence, change: FrontOfficeChange) =>
    notify
      .mutateAsync({
        absence: frontOfficeViewOf(absence),
        personName: nameOf(absence.personId),
        nameOf,
        registeredByName: account.displayName,
        change,
      })
      .catch(() => 'failed' as const);

  const save = async (
    registration: AbsenceRegistration,
    base: StoredAbsence | null,
  ): Promise<SaveOutcome> => {
    const name = nameOf(registration.personId);
    try {
      if (base === null) {
        const created = await create.mutateAsync({
          registration,
          personName: name,
          registeredById: account.userId,
          reasons,
        });
        const mail = await mailFrontOffice(created, { kind: 'registered' });
        closeForm();
        announce(
          mail === 'sent'
            ? t('absences.saved.created.mailed', { name })
            : mail === 'failed'
              ? t('absences.saved.created.mailFailed', { name })
              : t('absences.saved.created', { name }),
        );
      } else {
        const result = await update.mutateAsync({ base, registration, reasons });
        if (result.kind === 'conflict') return { kind: 'conflict', current: result.current };
        // Changed, extended or shortened: the front office hears what changed (never the kind).
        const fields = frontOfficeChanges(base, result.absence);
        const mail =
          fields.length === 0
            ? ('notConfigured' as const)
            : await mailFrontOffice(result.absence, { kind: 'changed', fields });
        closeForm();
        announce(
          mail === 'sent'
            ? t('absences.saved.updated.mailed', { name })
            : mail === 'failed'
              ? t('absences.saved.updated.mailFailed', { name })
              : t('absences.saved.updated', { name }),
        );
      }
      return { kind: 'saved' };
    } catch (error) {
      if (isWriteRefused(error)) return { kind: 'notAllowed' };
      if (error instanceof AbsenceSaveError)
        return { kind: 'failed', message: t('absences.save.reasonNotSaved') };
      return { kind: 'failed', message: errorMessage(error, t) };
    }
  };

  const endNow = async (absence: StoredAbsence) => {
    const name = nameOf(absence.personId);
    try {
      const at = source.now();
      const result = await end.mutateAsync({ absence, at, reasons });
      if (result.kind === 'saved') {
        const mail = await mailFrontOffice(result.absence, {
          kind: 'ended',
          at: instantFromEpochMs(at.getTime()),
        });
        announce(
          mail === 'failed'
            ? t('absences.ended.mailFailed', { name })
            : mail === 'sent'
              ? t('absences.ended.mailed', { name })
              : t('absences.ended', { name }),
        );
      } else announce(t('absences.ended.conflict', { name }));
    } catch (error) {
      announce(
        isWriteRefused(error)
          ? t('absences.ended.notAllowed', { name })
          : t('absences.ended.failed', { name, message: errorMessage(error, t) }),
      );
    }
  };

  const handOver = async (absence: StoredAbsence) => {
    const to = absence.substituteForCallbacks;
    if (reassign.offered === 'notOffered' || to === null) return;
    const name = nameOf(absence.personId);
    try {
      const result = await reassign.mutation.mutateAsync({
        fromPersonId: absence.personId,
        to,
        team: teamName,
        notice: { byName: account.displayName, personOf: (personId) => peopleById.get(personId) },
      });
      const count = result.handedOver;
      announce(
        result.notNotified === 0
          ? t('absences.callbacks.handedOver', { count, name })
          : t('absences.callbacks.handedOverNotNotified', {
              count,
              name,
              failed: result.notNotified,
            }),
      );
    } catch (error) {
      announce(t('absences.callbacks.failed', { message: errorMessage(error, t) }));
    }
  };

  return { save, endNow, handOver, handOverOffered: reassign.offered };
}
