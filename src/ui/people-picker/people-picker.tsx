// The one people picker: Fluent's Combobox (single choice) over the directory's own search.
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent, Ref } from 'react';
import type { PeopleIndex, PersonSummary } from '../../domain/people';
import { namesakeDetails } from '../../domain/people';
import { useI18n } from '../../i18n';
import { pickerMatches } from './people-picker-search';
import { usePeoplePickerStyles } from './people-picker.styles';
import { PersonOptionContent } from './person-option-content';

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
  /**
   * The text being typed, when the caller keeps it (a draft that survives a reload); null shows the chosen
   * person's name. Leave both out and the picker keeps the text itself.
   */
  query?: string | null;
  onQueryChange?: (query: string | null) => void;
  inputRef?: Ref<HTMLInputElement>;
  hint?: string | undefined;
  /** The error to show under the field (ties it to the field for screen readers). */
  validationMessage?: string | undefined;
  /** A warning under the field, e.g. "this substitute is away too". */
  warning?: string | undefined;
  /** Said in the list when nothing matches; "Niemand gevonden voor …" when left out. */
  noResultsText?: (query: string) => string;
};

/**
 * A type-ahead people picker on Fluent's Combobox (focus stays in the box): type a few letters of a name, team or
 * topic; ArrowUp/ArrowDown move, Enter picks (the first result when none is highlighted), Escape closes the list
 * and puts back the chosen name. With the list closed, Enter submits the form like any text field. Typing after a
 * pick starts a new search; clearing the text clears the choice. Leaving the box (Tab) picks the highlighted or the
 * single match; among several it keeps the text and reports it as unresolved. The own team comes first; namesakes
 * show what tells them apart.
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
  query: controlledQuery,
  onQueryChange,
  inputRef,
  hint,
  validationMessage,
  warning,
  noResultsText,
}: PeoplePickerProps) {
  const styles = usePeoplePickerStyles();
  const { t } = useI18n();
  const optionIdBase = useId();
  const [ownQuery, setOwnQuery] = useState<string | null>(null);
  const query = controlledQuery === undefined ? ownQuery : controlledQuery;
  // The list is closed but the typed text stays (left with Tab among several matches).
  const [kept, setKept] = useState<'kept' | 'none'>('none');
  const [listOpen, setListOpen] = useState(false);
  // Tab picks inside Fluent's key handler and the blur follows before a render: the blur reads this.
  const queryNow = useRef(query);
  useLayoutEffect(() => {
    queryNow.current = query;
  }, [query]);

  const setQuery = (next: string | null) => {
    queryNow.current = next;
    if (controlledQuery === undefined) setOwnQuery(next);
    onQueryChange?.(next);
  };
  const text = query ?? value?.displayName ?? '';
  const searching = query !== null && query.trim() !== '' && kept === 'none';
  const open = listOpen && searching;
  const { options, excludedMatch } = useMemo(
    () => pickerMatches(index, query, excludeIds, preferredIds),
    [query, index, excludeIds, preferredIds],
  );
  const namesakes = useMemo(() => namesakeDetails(options), [options]);
  const optionId = (person: PersonSummary) => `${optionIdBase}-${person.id}`;

  const pick = (person: PersonSummary) => {
    setQuery(null);
    onChange(person);
    setKept('none');
    setListOpen(false);
    onUnresolvedChange?.(null);
  };

  /** Leaving the box (Tab, click elsewhere) with typed text: pick the highlighted or single match, else keep it. */
  const leave = (input: HTMLInputElement) => {
    const typed = queryNow.current;
    if (typed === null || typed.trim() === '') {
      if (typed !== null) setQuery(null);
      return;
    }
    const active = input.getAttribute('aria-activedescendant');
    const chosen =
      options.find((person) => optionId(person) === active) ??
      (options.length === 1 ? options[0] : undefined);
    if (chosen !== undefined) {
      pick(chosen);
      return;
    }
    setKept('kept');
    onChange(null);
    onUnresolvedChange?.(typed.trim());
  };

  // Runs after Fluent's own key handling (which already moved, picked or closed).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      if (open) {
        // Fluent picks the highlighted option; with none highlighted, Enter takes the first result.
        const first = options[0];
        if (!event.currentTarget.getAttribute('aria-activedescendant') && first !== undefined)
          pick(first);
        return;
      }
      // Closed: Fluent would open the list; like any text field, Enter submits the form instead.
      setListOpen(false);
      event.currentTarget.form?.requestSubmit();
    } else if (event.key === 'Escape' && open) {
      setQuery(null);
      setKept('none');
    }
  };

  const notice =
    query === null
      ? ''
      : excludedMatch !== null && excludedText !== undefined
        ? excludedText(excludedMatch)
        : (noResultsText ?? ((typed) => t('ui.peoplePicker.none', { query: typed })))(query.trim());

  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={validationMessage ?? warning}
      validationState={validationMessage ? 'error' : warning ? 'warning' : 'none'}
    >
      <Combobox
        // Inline: the app's provider styles every portal as a full page, which would hide the form.
        inlinePopup
        freeform
        // Only a key press or the typed text's start highlights an option: Tab among several keeps the text.
        disableAutoFocus
        ref={inputRef}
        className={styles.combobox}
        input={{ className: styles.input }}
        listbox={{ 'aria-label': label, className: styles.listbox }}
        autoComplete="off"
        spellCheck={false}
        value={text}
        open={open}
        onOpenChange={(_event, data) => setListOpen(data.open)}
        selectedOptions={value === null ? [] : [value.id]}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          const typed = event.target.value;
          setQuery(typed);
          setKept('none');
          setListOpen(true);
          if (typed.trim() === '') {
            onChange(null);
            onUnresolvedChange?.(null);
          }
        }}
        onOptionSelect={(_event, data) => {
          const chosen = options.find((person) => person.id === data.optionValue);
          if (chosen !== undefined) pick(chosen);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => leave(event.currentTarget)}
      >
        {options.length === 0 ? (
          <Option disabled value="" text={notice}>
            {notice}
          </Option>
        ) : (
          options.map((person) => (
            <Option
              key={person.id}
              id={optionId(person)}
              value={person.id}
              text={person.displayName}
            >
              <span className={styles.optionText}>
                <PersonOptionContent person={person} namesake={namesakes.get(person.id)} />
              </span>
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
