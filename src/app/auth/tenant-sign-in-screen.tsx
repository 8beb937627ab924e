import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import type { AuthSession } from './auth-session';
import type { TenantSignIn } from './sign-in';
import { useSignInScreenStyles } from './sign-in-screen.styles';

/** Props of {@link TenantSignInScreen}. */
export type TenantSignInScreenProps = {
  signIn: TenantSignIn;
  onSignedIn: (session: AuthSession) => void;
  onError: (error: unknown) => void;
  /** After signing out under nested app auth: the user is still signed in to Teams or Outlook. */
  notice?: 'stillSignedInToHost';
};

/** Shown when silent sign-in needs the user: the popup must start from a click, or browsers block it. */
export function TenantSignInScreen({
  signIn,
  onSignedIn,
  onError,
  notice,
}: TenantSignInScreenProps) {
  const styles = useSignInScreenStyles();
  const { t } = useI18n();
  const [busy, setBusy] = useState<'idle' | 'signingIn'>('idle');
  const start = () => {
    setBusy('signingIn');
    signIn.signInInteractively().then(onSignedIn, (error: unknown) => {
      setBusy('idle');
      onError(error);
    });
  };
  return (
    <main className={styles.page}>
      <div className={styles.content}>
        <h1 className={styles.heading}>{t('signIn.tenant.title')}</h1>
        {notice === 'stillSignedInToHost' && (
          <p role="status">{t('signIn.tenant.signedOutHost')}</p>
        )}
        <p>{t('signIn.tenant.intro')}</p>
        <div>
          <Button appearance="primary" onClick={start} disabledFocusable={busy === 'signingIn'}>
            {t('signIn.tenant.button')}
          </Button>
        </div>
      </div>
    </main>
  );
}
