import { Field, Input, mergeClasses } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import { namesakeDetails, ownTeamFirst, searchPeople } from '../../../domain/people';
import { usePeoplePickerStyles } from './people-picker.styles';

const maxOptions = 8;
/** How many matches are ranked (own team first) before the list is cut to `maxOptions`. */
const maxRanked = 200;

/** Props of {@link PeoplePicker}. */
export type PeoplePickerProps = {
  label: string;
  /** The chosen person, or null. */
  value: PersonSummary | null;
  onChange: (person: PersonSummary | null) => void;
  /** The same directory index the agent screen searches; null while it loads. */
  index: PeopleIndex | null;
  /** People who may not be chosen (the absent person). */
  excludeIds?: readonly string[];
  /** The leader's own team: offered first. */
  preferredIds?: readonly string[];
  /** Said when the only people matching are excluded ones ("… kan niet de eigen vervanger zijn"). */
  excludedText?: (person: PersonSummary) => string;
  /**
   * Typed text that was left (Tab) without picking one of several matches: the text stays in the box and the choice
   * is cleared; the form asks to choose before saving. Null again once a person is picked or the box is cleared.
   */
  onUnresolvedChange?: (text: string | null) => void;
  inputRef?: Ref<HTMLInputElement>;
  hint?: string;
  /** The error to show under the field (ties it to the field for screen readers). */
  validationMessage?: string | undefined;
  /** A warning under the field, e.g. "this substitute is away too". */
  warning?: string | undefined;
  /** Announced when nothing matches. */
  noResultsText: (query: string) => string;
};

/**
 * A type-ahead people picker (combobox + listbox, focus stays in the box): type a few letters of a name, team or
 * topic; ArrowUp/ArrowDown move, Enter picks (the first result when none is highlighted), Escape closes the list.
 * Typing after a pick starts a new search; clearing the text clears the choice. Leaving the box (Tab) picks the
 * highlighted or the single match; among several it keeps the text and reports it as unresolved. The own team comes
 * first; namesakes show what tells them apart.
 */
export function PeoplePicker({
  label,
  value,
  onChange,
  index,
  excludeIds = [],
  preferredIds = [],
  excludedText,
  onUnresolvedChange,
  inputRef,
  hint,
  validationMessage,
  warning,
  noResultsText,
}: PeoplePickerProps) {
  const styles = usePeoplePickerStyles();
  const listboxId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  // The list is closed but the typed text stays (left with Tab among several matches).
  const [kept, setKept] = useState<'kept' | 'none'>('none');
  const text = query ?? value?.displayName ?? '';
  const open = query !== null && query.trim() !== '' && kept === 'none';
  const { options, excludedMatch } = useMemo(() => {
    if (query === null || query.trim() === '' || index === null)
      return { options: [], excludedMatch: null };
    const excluded = new Set(excludeIds);
    const found = searchPeople(index, query, maxRanked).map((result) => result.person);
    const allowed = found.filter((person) => !excluded.has(person.id));
    return {
      options: ownTeamFirst(allowed, new Set(preferredIds)).slice(0, maxOptions),
      excludedMatch: found.find((person) => excluded.has(person.id)) ?? null,
    };
  }, [query, index, excludeIds, preferredIds]);
  const namesakes = useMemo(() => namesakeDetails(options), [options]);

  const pick = (person: PersonSummary) => {
    onChange(person);
    setQuery(null);
    setKept('none');
    setActiveIndex(-1);
    onUnresolvedChange?.(null);
  };

  /** Leaving the box (Tab, click elsewhere) with typed text: pick the highlighted or single match, else keep it. */
  const leave = () => {
    if (query === null || query.trim() === '') {
      setQuery(null);
      setActiveIndex(-1);
      return;
    }
    const chosen =
      activeIndex >= 0 ? options[activeIndex] : options.length === 1 ? options[0] : undefined;
    if (chosen !== undefined) {
      pick(chosen);
      return;
    }
    setKept('kept');
    setActiveIndex(-1);
    onChange(null);
    onUnresolvedChange?.(query.trim());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setActiveIndex(Math.min(activeIndex + 1, options.length - 1));
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActiveIndex(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter' && open) {
      // Enter picks; it must not submit the form while the list is open.
      event.preventDefault();
      const option = options[activeIndex < 0 ? 0 : activeIndex];
      if (option !== undefined) pick(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
      setActiveIndex(-1);
    }
  };

  const optionId = (position: number) => `${listboxId}-${position}`;
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={validationMessage ?? warning}
      validationState={validationMessage ? 'error' : warning ? 'warning' : 'none'}
    >
      {(fieldProps) => (
        <div className={styles.root}>
          <Input
            {...fieldProps}
            value={text}
            autoComplete="off"
            spellCheck={false}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open && options.length > 0}
            aria-controls={listboxId}
            aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
            ref={inputRef}
            onChange={(_event, data) => {
              setQuery(data.value);
              setKept('none');
              setActiveIndex(-1);
              if (data.value.trim() === '') {
                onChange(null);
                onUnresolvedChange?.(null);
              }
            }}
            onKeyDown={onKeyDown}
            onBlur={leave}
          />
          {open ? (
            <ul id={listboxId} role="listbox" aria-label={label} className={styles.listbox}>
              {options.length === 0 ? (
                <li role="option" aria-selected={false} aria-disabled className={styles.option}>
                  {excludedMatch !== null && excludedText !== undefined
                    ? excludedText(excludedMatch)
                    : noResultsText(query.trim())}
                </li>
              ) : (
                options.map((person, position) => (
                  <li
                    key={person.id}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === activeIndex}
                    className={mergeClasses(
                      styles.option,
                      position === activeIndex && styles.active,
                    )}
                    // Keep focus in the box when an option is clicked.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => pick(person)}
                  >
                    <span className={styles.name}>{person.displayName}</span>
                    <span className={styles.meta}>
                      {[person.jobTitle, person.team, namesakes.get(person.id)]
                        .filter((part) => part)
                        .join(' · ')}
                    </span>
                  </li>
                ))
              )}
            </ul>
          ) : (
            <ul id={listboxId} role="listbox" aria-label={label} hidden />
          )}
        </div>
      )}
    </Field>
  );
}
