// Time zones and times of day in a mailboxSettings body: named zones and custom time zones.
import { GraphHttpError } from '../../http';
import { ianaZoneFor, weekdayNames } from '../../time';
import { isRecord, property } from '../resource-helpers';

export function validZoneName(
  value: unknown,
  property: string,
  code = 'ErrorInvalidParameter',
): string {
  if (typeof value !== 'string' || !ianaZoneFor(value)) {
    throw new GraphHttpError(
      400,
      code,
      code === 'InvalidTimeZone'
        ? 'Time Zone settings provided are invalid.'
        : `The time zone '${String(value)}' in ${property} is not supported.`,
    );
  }
  return value;
}

export const customTimeZoneType = '#microsoft.graph.customTimeZone';

function invalidTimeZone(): GraphHttpError {
  return new GraphHttpError(400, 'InvalidTimeZone', 'Time Zone settings provided are invalid.');
}

/** A standardTimeZoneOffset / daylightTimeZoneOffset of a custom time zone, with Graph's lower-case day names. */
function timeZoneOffset(value: unknown, daylight: boolean): Record<string, unknown> {
  if (!isRecord(value)) throw invalidTimeZone();
  const numbers = ['dayOccurrence', 'month', 'year', ...(daylight ? ['daylightBias'] : [])];
  const result: Record<string, unknown> = {};
  if (daylight) result.daylightBias = property(value, 'daylightBias');
  result.time = timeOfDay(property(value, 'time') ?? '00:00:00', 'time');
  for (const name of numbers) {
    const number = property(value, name);
    if (number !== undefined && (typeof number !== 'number' || !Number.isInteger(number)))
      throw invalidTimeZone();
    result[name] = number ?? 0;
  }
  const day = property(value, 'dayOfWeek');
  if (day !== undefined) {
    const match =
      typeof day === 'string'
        ? weekdayNames.find((name) => name.toLowerCase() === day.toLowerCase())
        : undefined;
    if (!match) throw invalidTimeZone();
    result.dayOfWeek = match;
  }
  return result;
}

/** `#microsoft.graph.customTimeZone` as mailboxSettings accepts it for working hours. */
export function customTimeZone(value: Record<string, unknown>): Record<string, unknown> {
  const bias = property(value, 'bias');
  const name = property(value, 'name');
  if (
    typeof bias !== 'number' ||
    !Number.isInteger(bias) ||
    typeof name !== 'string' ||
    !name.trim()
  )
    throw invalidTimeZone();
  const result: Record<string, unknown> = { '@odata.type': customTimeZoneType, bias, name };
  const standard = property(value, 'standardOffset');
  if (standard !== undefined) result.standardOffset = timeZoneOffset(standard, false);
  const daylight = property(value, 'daylightOffset');
  if (daylight !== undefined) result.daylightOffset = timeZoneOffset(daylight, true);
  return result;
}

export function timeOfDay(value: unknown, name: string): string {
  const match =
    typeof value === 'string' ? /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?$/.exec(value) : null;
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw new GraphHttpError(
      400,
      'RequestBodyRead',
      `Cannot convert the literal '${JSON.stringify(value)}' to the expected type 'Edm.TimeOfDay' (${name}).`,
    );
  }
  return `${match[1]}:${match[2]}:${match[3] ?? '00'}.0000000`;
}
