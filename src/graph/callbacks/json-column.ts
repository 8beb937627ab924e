// The list's JSON columns (attempts, repeat calls): text that a hand edit in SharePoint may have broken.

/**
 * The objects of a JSON array column; nothing for an empty cell, text that is not JSON or not an array, and entries
 * that are not objects (a hand-edited row must not break the screen).
 * @example jsonColumnEntries('[{"at":"2026-01-13T09:00:00Z"}, 3]') // [{ at: '2026-01-13T09:00:00Z' }]
 */
export function jsonColumnEntries(json: string | null): Record<string, unknown>[] {
  if (json === null || json.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (entry: unknown): entry is Record<string, unknown> =>
      typeof entry === 'object' && entry !== null,
  );
}
