// Component tests opt into jsdom per file with `// @vitest-environment jsdom`; jest-dom matchers are harmless in node.
import '@testing-library/jest-dom/vitest';
