import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { useErrorScreenStyles } from './error-screen.styles';

/** Props of {@link ErrorScreen}. */
export type ErrorScreenProps = {
  title: string;
  children: ReactNode;
  /** Shows a "try again" button when given. */
  onRetry?: () => void;
};

/** A full-page error: announced as an alert, focus on the heading so keyboard and screen reader users land on it. */
export function ErrorScreen({ title, children, onRetry }: ErrorScreenProps) {
  const styles = useErrorScreenStyles();
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [title]);
  return (
    <main className={styles.page}>
      <section role="alert" aria-labelledby="error-screen-title" className={styles.panel}>
        <h1 id="error-screen-title" ref={headingRef} tabIndex={-1} className={styles.heading}>
          {title}
        </h1>
        {children}
        {onRetry === undefined ? null : (
          <div className={styles.actions}>
            <Button appearance="primary" onClick={onRetry}>
              {t('error.retry')}
            </Button>
          </div>
        )}
      </section>
    </main>
  );
}
