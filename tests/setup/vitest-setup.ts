// Component tests opt into jsdom per file with `// @vitest-environment jsdom`; jest-dom matchers are harmless in node.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// Testing Library waits 1 s by default for findBy*/waitFor; a busy CI machine (2 cores, other jobs)
// misses that. These waits end as soon as the condition holds, so a long limit costs nothing when green.
configure({ asyncUtilTimeout: 10_000 });
