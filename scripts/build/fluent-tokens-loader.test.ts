import { describe, expect, it } from 'vitest';
import { inlineFluentTokens } from './fluent-tokens-loader';

describe('inlineFluentTokens', () => {
  it.each([
    [
      'a Fluent style module',
      "import { tokens } from '@fluentui/react-theme';\nconst gap = tokens.spacingHorizontalS;",
      'import { tokens } from \'@fluentui/react-theme\';\nconst gap = "var(--spacingHorizontalS)";',
    ],
    [
      'inside a template, as Fluent writes a calc()',
      "import { tokens } from '@fluentui/react-components';\nconst w = `calc(${tokens.strokeWidthThin} + 0.25px)`;",
      'import { tokens } from \'@fluentui/react-components\';\nconst w = `calc(${"var(--strokeWidthThin)"} + 0.25px)`;',
    ],
    [
      'a token with a fallback keeps it',
      "import { typographyStyles, tokens } from '@fluentui/react-components';\nz(tokens.zIndexPopup);",
      'import { typographyStyles, tokens } from \'@fluentui/react-components\';\nz("var(--zIndexPopup, 2000)");',
    ],
  ])('writes out %s', (_case, source, expected) => {
    expect(inlineFluentTokens(source)).toBe(expected);
  });

  it.each([
    [
      'a file that does not import Fluent tokens',
      'const tokens = { colorBrand: 1 };\nuse(tokens.colorBrand);',
    ],
    [
      'an unknown name, dynamic access and a property of something else',
      "import { tokens } from '@fluentui/tokens';\nuse(tokens.notAToken, tokens[name], theme.tokens.colorBrandBackground);",
    ],
  ])('leaves %s as it is', (_case, source) => {
    expect(inlineFluentTokens(source)).toBe(source);
  });
});
