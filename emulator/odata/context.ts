// @odata.context URLs, with the $select fragment Graph puts in them.
import { parseSelect } from './select';

/** `odataContext('http://h/v1.0', 'users(displayName)')` → `http://h/v1.0/$metadata#users(displayName)`. */
export function odataContext(graphBaseUrl: string, fragment: string): string {
  return `${graphBaseUrl}/$metadata#${fragment}`;
}

/** `contextFragmentWithSelect('users', 'displayName,mail')` → `users(displayName,mail)`; without $select → `users`. */
export function contextFragmentWithSelect(
  fragment: string,
  selectParam: string | null | undefined,
): string {
  const selected = parseSelect(selectParam);
  return selected ? `${fragment}(${selected.join(',')})` : fragment;
}
