export { escapeHtml, multilineHtml } from './escape-html';
