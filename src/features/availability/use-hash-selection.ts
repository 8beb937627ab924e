// What the screen shows beside the search (a person's card or a team), kept in the address's query
// (`#/beschikbaarheid?team=Burgerzaken`, `?persoon=<id>`) so it can be linked to and Back works.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Selection = { kind: 'person'; id: string } | { kind: 'team'; name: string } | null;

function selectionFromHash(hash: string): Selection {
  const query = hash.split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  const person = params.get('persoon');
  if (person !== null && person !== '') return { kind: 'person', id: person };
  const team = params.get('team');
  if (team !== null && team !== '') return { kind: 'team', name: team };
  return null;
}

function hashFor(basePath: string, selection: Selection): string {
  if (selection === null) return `#/${basePath}`;
  const params = new URLSearchParams(
    selection.kind === 'person' ? { persoon: selection.id } : { team: selection.name },
  );
  return `#/${basePath}?${params.toString()}`;
}

function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'person' && b.kind === 'person') return a.id === b.id;
  if (a.kind === 'team' && b.kind === 'team') return a.name === b.name;
  return false;
}

/** Runs `task` once the next frame has been painted. */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * The selection in the address, and a setter that writes it there (one history entry per change). The address is
 * written after the new card has been painted: writing it takes the browser 5–10 ms, and Enter must show the card
 * within a frame (issue 17).
 */
export function useHashSelection(basePath: string): [Selection, (next: Selection) => void] {
  const [selection, setSelection] = useState<Selection>(() =>
    selectionFromHash(window.location.hash),
  );
  // The address still to write; several selections before the paint write only the last one.
  const unwritten = useRef<string | null>(null);
  // A write still pending when the screen goes (another page opened within that frame) is dropped: the address is
  // that page's by then.
  useEffect(
    () => () => {
      unwritten.current = null;
    },
    [],
  );
  useEffect(() => {
    const onHashChange = () => {
      // A newer selection is about to be written (this is the event of an older write, or Back within that
      // frame): the screen already shows it.
      if (unwritten.current !== null) return;
      const next = selectionFromHash(window.location.hash);
      setSelection((previous) => (sameSelection(previous, next) ? previous : next));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const select = useCallback(
    (next: Selection) => {
      setSelection(next);
      const scheduled = unwritten.current !== null;
      unwritten.current = hashFor(basePath, next);
      if (scheduled) return;
      afterNextPaint(() => {
        const hash = unwritten.current;
        unwritten.current = null;
        if (hash !== null && window.location.hash !== hash) window.location.hash = hash;
      });
    },
    [basePath],
  );
  return [selection, select];
}
