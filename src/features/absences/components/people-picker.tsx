import { Field, Input, mergeClasses } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import { namesakeDetails, searchPeople } from '../../../domain/people';
import { usePeoplePickerStyles } from './people-picker.styles';

const maxOptions = 8;

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
 * Typing after a pick starts a new search; clearing the text clears the choice.
 */
export function PeoplePicker({
  label,
  value,
  onChange,
  index,
  excludeIds = [],
  hint,
  validationMessage,
  warning,
  noResultsText,
}: PeoplePickerProps) {
  const styles = usePeoplePickerStyles();
  const listboxId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const text = query ?? value?.displayName ?? '';
  const open = query !== null && query.trim() !== '';
  const options = useMemo(() => {
    if (!open || index === null) return [];
    const excluded = new Set(excludeIds);
    return searchPeople(index, query, maxOptions + excluded.size)
      .map((result) => result.person)
      .filter((person) => !excluded.has(person.id))
      .slice(0, maxOptions);
  }, [open, index, query, excludeIds]);
  const namesakes = useMemo(() => namesakeDetails(options), [options]);

  const pick = (person: PersonSummary) => {
    onChange(person);
    setQuery(null);
    setActiveIndex(-1);
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
            onChange={(_event, data) => {
              setQuery(data.value);
              setActiveIndex(-1);
              if (data.value.trim() === '') onChange(null);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setQuery(null);
              setActiveIndex(-1);
            }}
          />
          {open ? (
            <ul id={listboxId} role="listbox" aria-label={label} className={styles.listbox}>
              {options.length === 0 ? (
                <li role="option" aria-selected={false} aria-disabled className={styles.option}>
                  {noResultsText(query.trim())}
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
