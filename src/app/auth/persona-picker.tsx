import { Button, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import type { AuthSession } from './auth-session';
import type { DemoPersona, DemoSignIn } from './sign-in';
import { useSignInScreenStyles } from './sign-in-screen.styles';

/** Props of {@link PersonaPicker}. */
export type PersonaPickerProps = {
  signIn: DemoSignIn;
  onSignedIn: (session: AuthSession) => void;
  /** Called when listing personas or signing in fails (unreachable emulator, unknown persona). */
  onError: (error: unknown) => void;
};

type PickerState =
  { kind: 'loading' } | { kind: 'ready'; personas: DemoPersona[]; signingInAs: string | null };

/** Demo sign-in: one button per persona of the demo tenant, with name, role and job. */
export function PersonaPicker({ signIn, onSignedIn, onError }: PersonaPickerProps) {
  const styles = useSignInScreenStyles();
  const { t } = useI18n();
  const [state, setState] = useState<PickerState>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    signIn.listPersonas().then(
      (personas) => {
        if (current) setState({ kind: 'ready', personas, signingInAs: null });
      },
      (error: unknown) => {
        if (current) onError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [signIn, onError]);

  const choose = (persona: DemoPersona) => {
    if (state.kind !== 'ready') return;
    setState({ ...state, signingInAs: persona.upn });
    signIn.signInAs(persona.upn).then(onSignedIn, onError);
  };

  return (
    <main className={styles.page}>
      <div className={styles.content}>
        <h1 className={styles.heading}>{t('signIn.demo.title')}</h1>
        <p>{t('signIn.demo.intro')}</p>
        {state.kind === 'loading' ? (
          <Spinner label={t('signIn.demo.loading')} />
        ) : state.personas.length === 0 ? (
          <p role="status">{t('signIn.demo.none')}</p>
        ) : (
          <ul className={styles.list}>
            {state.personas.map((persona) => (
              <li key={persona.upn}>
                <Button
                  className={styles.persona}
                  disabledFocusable={state.signingInAs !== null}
                  onClick={() => choose(persona)}
                >
                  <span className={styles.personaName}>{persona.displayName}</span>{' '}
                  <span>
                    <span className={styles.personaRole}>{t(`role.${persona.role}`)}</span>
                    {persona.jobTitle === '' ? null : (
                      <>
                        {' '}
                        <span className={styles.personaJob}>
                          {persona.jobTitle}
                          {persona.department === '' ? '' : ` · ${persona.department}`}
                        </span>
                      </>
                    )}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        {state.kind === 'ready' && state.signingInAs !== null ? (
          <Spinner label={t('signIn.demo.signingIn')} />
        ) : null}
      </div>
    </main>
  );
}
