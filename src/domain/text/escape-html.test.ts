import { escapeHtml, multilineHtml } from './escape-html';

describe('escapeHtml', () => {
  it.each([
    ['plain text', 'plain text'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Jan & "Piet"', 'Jan &amp; &quot;Piet&quot;'],
    ["O'Brien", 'O&#39;Brien'],
    ['&amp; already', '&amp;amp; already'],
    ['<img src=x onerror="steal()">', '&lt;img src=x onerror=&quot;steal()&quot;&gt;'],
  ])('escapes %s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('keeps line breaks in multi-line text', () => {
    expect(multilineHtml('Vraag over <paspoort>\nGraag terugbellen')).toBe(
      'Vraag over &lt;paspoort&gt;<br>Graag terugbellen',
    );
  });
});
