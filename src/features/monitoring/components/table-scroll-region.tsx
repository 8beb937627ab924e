import type { ReactNode } from 'react';
import { useMonitoringStyles } from '../monitoring.styles';

/**
 * A data table's own sideways scroll area on a narrow pane (WCAG 1.4.10 lets two-dimensional tables scroll):
 * a labelled region that takes focus, so keyboard users can scroll it too.
 */
export function TableScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const styles = useMonitoringStyles();
  return (
    <div role="region" tabIndex={0} aria-label={label} className={styles.tableWrap}>
      {children}
    </div>
  );
}
