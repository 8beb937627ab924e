// Entry of redirect.html, the page Entra ID redirects to after an interactive sign-in. MSAL v5 no longer
// reads the response in the popup itself: this bridge hands it back to the app window (or, after a
// redirect flow, navigates to the page that started it). It must not call other MSAL APIs.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  // Shown in the (normally short-lived) popup so a failed hand-over is visible rather than a blank page.
  const message = document.getElementById('redirect-status');
  if (message !== null)
    message.textContent = `Aanmelden is mislukt / Sign-in failed: ${error instanceof Error ? error.message : String(error)}`;
});
