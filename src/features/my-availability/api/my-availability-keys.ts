// Query keys of "Mijn bereikbaarheid" (its own: the signed-in user's own data, asked as the owner).
export const myAvailabilityKeys = {
  all: ['myAvailability'] as const,
  signals: ['myAvailability', 'signals'] as const,
  sharing: ['myAvailability', 'sharing'] as const,
  callbacks: ['myAvailability', 'openCallbacks'] as const,
};
