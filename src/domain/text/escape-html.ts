const replacements: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes text safe to place in HTML (element content or a quoted attribute): everything a citizen or a
 * colleague typed goes through this before it reaches an e-mail body.
 * @example escapeHtml('<b>Jan & "Piet"</b>') // → '&lt;b&gt;Jan &amp; &quot;Piet&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => replacements[character] ?? character);
}

/**
 * Escapes text and keeps its line breaks visible in HTML.
 * @example multilineHtml('regel 1\nregel <2>') // → 'regel 1<br>regel &lt;2&gt;'
 */
export function multilineHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
