// The one read cache every feature shares (TanStack Query): the navigation badge and the page that show the
// same list read the same query, so a screen left open asks Graph once per refresh, not once per component.
import { QueryClient } from '@tanstack/react-query';

/**
 * A query cache for one signed-in session (a new session starts empty, so nothing of one person's data
 * is shown to the next).
 *
 * Retries: none here. The Graph client already retries what is safe to repeat (reads, and writes Graph
 * refused before doing anything) with Retry-After; a second layer of retries would multiply requests under
 * throttling. Writes that must never be lost do not use this cache at all: they go through the outbox.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        // A refresh is scheduled by each query's own interval; focus and reconnect would add requests
        // that the idle screen's budget (one list query a minute per source) does not allow for. A query
        // whose staleTime equals its interval may turn focus on (the agent's states): it then adds none.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // Keep showing the last answer when a refresh fails: the screens mark it stale instead.
        structuralSharing: true,
      },
      mutations: { retry: false },
    },
  });
}
