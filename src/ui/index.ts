// Public API of the shared UI parts (may use the domain and i18n only).
export type {
  AvailabilityBadgeProps,
  AvailabilityBadgeState,
} from './availability-badge/availability-badge';
export { AvailabilityBadge } from './availability-badge/availability-badge';
export type { NoticeProps } from './notice/notice';
export { Notice } from './notice/notice';
export type { PeoplePickerProps } from './people-picker/people-picker';
export { PeoplePicker } from './people-picker/people-picker';
export type { PersonOptionContentProps } from './people-picker/person-option-content';
export { PersonOptionContent, personMetaText } from './people-picker/person-option-content';
export type {
  AvailabilityFactsProps,
  AvailabilityStatus,
} from './availability-facts/availability-facts';
export {
  AvailabilityFactList,
  AvailabilityVerdict,
  badgeStateOf,
} from './availability-facts/availability-facts';
export {
  itemText,
  reasonText,
  slotText,
  untilText,
} from './availability-facts/format-availability';
