// Graph's error answers: the 403 for a missing scope per workload.
import { GraphHttpError } from '../http';

/** The 403 Graph gives for a missing scope differs per workload. */
export function scopeDeniedError(path: string): GraphHttpError {
  const lower = path.toLowerCase();
  if (lower.startsWith('/sites')) return new GraphHttpError(403, 'accessDenied', 'Access denied');
  if (lower.includes('/presence') || lower.startsWith('/communications')) {
    return new GraphHttpError(
      403,
      'Forbidden',
      'Insufficient privileges to complete the operation.',
    );
  }
  if (
    /\/(calendar|calendars|events|calendarview|mailboxsettings|sendmail|getmailtips|messages)(\/|$)/.test(
      lower,
    )
  ) {
    return new GraphHttpError(
      403,
      'ErrorAccessDenied',
      'Access is denied. Check credentials and try again.',
    );
  }
  return new GraphHttpError(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );
}
