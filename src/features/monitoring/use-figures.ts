// The figures the screen shows: asked for once when the directory is there, then on every "Cijfers tonen". The read
// and the computation are one query keyed by period and team; this hook only adds the computing progress.
import { useCallback, useState } from 'react';
import type { FiguresQuery, PeriodFigures } from './api/get-period-figures';
import { periodFiguresKey, usePeriodFigures } from './api/get-period-figures';

export type FiguresStatus =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'computing'; done: number; total: number }
  | ({ kind: 'ready' } & PeriodFigures)
  | { kind: 'failed'; error: unknown };

/**
 * @param wanted What would be asked now (the period in the form, the chosen team); null while it cannot be asked.
 * @param ready Whether the screen can ask yet (the directory is loaded): the first figures come without a click.
 */
export function useFigures(wanted: FiguresQuery | null, ready: 'ready' | 'notReady') {
  const [asked, setAsked] = useState<FiguresQuery | null>(null);
  const [askedOnce, setAskedOnce] = useState(false);
  const [progress, setProgress] = useState<{ key: string; done: number; total: number } | null>(
    null,
  );
  // The first figures: asked as soon as they can be, once (later changes wait for "Cijfers tonen").
  if (!askedOnce && ready === 'ready') {
    setAskedOnce(true);
    setAsked(wanted);
  }
  const key = JSON.stringify(periodFiguresKey(asked));
  const onProgress = useCallback(
    (done: number, total: number) => setProgress({ key, done, total }),
    [key],
  );
  const figures = usePeriodFigures(asked, onProgress);

  /** "Cijfers tonen": the same question again reads again; another one reads that. */
  const show = () => {
    if (wanted === null) return;
    if (JSON.stringify(periodFiguresKey(wanted)) === key) {
      setProgress(null);
      void figures.refetch();
    } else setAsked(wanted);
  };

  const status: FiguresStatus =
    figures.fetchStatus === 'fetching'
      ? progress !== null && progress.key === key
        ? { kind: 'computing', done: progress.done, total: progress.total }
        : { kind: 'reading' }
      : figures.isError
        ? { kind: 'failed', error: figures.error }
        : figures.isSuccess
          ? { kind: 'ready', ...figures.data }
          : { kind: 'idle' };
  return { status, asked, show };
}
