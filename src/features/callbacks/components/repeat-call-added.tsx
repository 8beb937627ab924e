// Said above the (cleared) form after "Toevoegen aan het open verzoek": the call was added, the holder is told.
import { useI18n } from '../../../i18n';
import { Notice } from '../../../ui';

/** Props of {@link RepeatCallAdded}. */
export type RepeatCallAddedProps = {
  /** Who has the request the call was added to; null when nothing was added. */
  holder: string | null;
};

/** See the module comment. */
export function RepeatCallAdded({ holder }: RepeatCallAddedProps) {
  const { t } = useI18n();
  if (holder === null) return null;
  return (
    <Notice intent="success">
      {t('repeatCallers.added', {
        holder: holder === '' ? t('repeatCallers.holderUnknown') : holder,
      })}
    </Notice>
  );
}
