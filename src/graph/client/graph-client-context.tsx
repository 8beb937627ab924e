import type { Client } from '@microsoft/microsoft-graph-client';
import { createContext, useContext } from 'react';

const GraphClientContext = createContext<Client | null>(null);

/** Provides the app's one Graph client to every feature (set up by the app shell after sign-in). */
export const GraphClientProvider = GraphClientContext.Provider;

export function useGraphClient(): Client {
  const client = useContext(GraphClientContext);
  if (client === null) throw new Error('useGraphClient() needs a <GraphClientProvider> above it');
  return client;
}
