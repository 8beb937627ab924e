// Catches what a page throws while rendering, above all a page whose code (a lazily loaded chunk) fails to
// download: offline, or a tab left open across a redeploy whose old chunk names are gone. Without it React
// unmounts the whole app mid-call. Only the page is replaced; the banner and navigation (with the outbox's
// count and its sender) stay, and nothing in storage is touched, so drafts and queued requests survive.
import { Button } from '@fluentui/react-components';
import { Component, useEffect, useRef } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { usePageErrorStyles } from './shell.styles';

/** Props of {@link PageErrorBoundary}. */
export type PageErrorBoundaryProps = {
  children: ReactNode;
  /** Reloads the app (default: the browser reloads the page, which fetches the current build). */
  onReload?: () => void;
};

type BoundaryState = { error: unknown };

/**
 * True for the errors browsers and webpack give when a script chunk cannot be fetched.
 * @example isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /a.js')) // → true
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ChunkLoadError') return true;
  return /dynamically imported module|Importing a module script failed|Loading (CSS )?chunk [\w-]+ failed|error loading dynamically imported module/i.test(
    error.message,
  );
}

/** Shows {@link PageErrorMessage} instead of a page that threw; give it a `key` per page so another page resets it. */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever looks into it; the user gets a translated message.
    console.warn('A page failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <PageErrorMessage
        kind={isChunkLoadError(this.state.error) ? 'chunk' : 'render'}
        onReload={this.props.onReload ?? (() => window.location.reload())}
      />
    );
  }
}

/** Props of {@link PageErrorMessage}. */
export type PageErrorMessageProps = {
  /** 'chunk': the page's code could not be downloaded; 'render': the page failed otherwise. */
  kind: 'chunk' | 'render';
  onReload: () => void;
};

/** The translated message with "Opnieuw laden"; focus goes to its heading so keyboard and screen reader users land on it. */
export function PageErrorMessage({ kind, onReload }: PageErrorMessageProps) {
  const styles = usePageErrorStyles();
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section role="alert" aria-labelledby="page-error-title" className={styles.panel}>
      <h1 id="page-error-title" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t(kind === 'chunk' ? 'shell.pageError.chunk.title' : 'shell.pageError.render.title')}
      </h1>
      <p>
        {t(kind === 'chunk' ? 'shell.pageError.chunk.advice' : 'shell.pageError.render.advice')}
      </p>
      <p>{t('shell.pageError.kept')}</p>
      <div>
        <Button appearance="primary" onClick={onReload}>
          {t('shell.pageError.reload')}
        </Button>
      </div>
    </section>
  );
}
