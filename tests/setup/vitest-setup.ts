// Component tests opt into jsdom per file with `// @vitest-environment jsdom`; jest-dom matchers are harmless in node.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { loadCatalog, loadMessages, messageGroups } from '../../src/i18n';

// Testing Library waits 1 s by default for findBy*/waitFor; a busy CI machine (2 cores, other jobs)
// misses that. These waits end as soon as the condition holds, so a long limit costs nothing when green.
configure({ asyncUtilTimeout: 10_000 });

// English messages load on demand in the app (a chunk of their own); tests render either language at once.
await loadCatalog('en');
// So are the pages' own message groups (each page's route fetches its group in the app).
await loadMessages(messageGroups);
