// A webpack loader that writes each `tokens.name` of Fluent as the CSS variable it stands for, at build time.
// Fluent's `tokens` is one object of ~470 names (30 KB minified); a few references at the top of Fluent's own style
// modules (Button, Input, Select) kept all of it in the first chunk, since a bundler cannot drop an object's unused
// properties. With every reference written out, nothing uses the object and it leaves the bundle.
import { tokens } from '@fluentui/tokens';

const tokenValues: ReadonlyMap<string, string> = new Map(Object.entries(tokens));

/** Imports `tokens` from one of Fluent's packages (not a local variable that happens to have the name). */
const importsFluentTokens =
  /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*["']@fluentui\/(?:react-theme|react-components|tokens)["']/;

/** `tokens.name`, not `x.tokens.name` and not a longer name that starts the same. */
const tokenReference = /(?<![.\w$])tokens\.([A-Za-z0-9]+)\b(?!\s*=[^=])/g;

/**
 * The source with every known `tokens.name` replaced by its string (`'var(--name)'`); unknown names and dynamic
 * access (`tokens[name]`) are left as they are, so the object stays wherever it is still needed.
 */
export function inlineFluentTokens(source: string): string {
  if (!importsFluentTokens.test(source)) return source;
  return source.replace(tokenReference, (reference, name: string) => {
    const value = tokenValues.get(name);
    return value === undefined ? reference : JSON.stringify(value);
  });
}

// eslint-disable-next-line no-restricted-syntax -- webpack takes a loader from the module's default export
export default function fluentTokensLoader(source: string): string {
  return inlineFluentTokens(source);
}
