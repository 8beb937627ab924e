import { Input } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { namesakeDetails } from '../../../domain/people';
import { useI18n } from '../../../i18n';
import type { PersonStatus } from '../person-status';
import type { SearchOption } from '../search-options';
import { maxPeopleShown } from '../search-options';
import { usePersonSearchStyles } from './person-search.styles';
import { ResultOption } from './result-option';

/**
 * The results a letter's own frame renders: more than fit beside the card on a screen. The rest (up to 35) follow
 * in a render of lower priority right after, so a key does not wait for rows nobody sees yet.
 */
export const resultsInFirstFrame = 10;

/** Props of {@link PersonSearch}. */
export type PersonSearchProps = {
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly SearchOption[];
  /** More people matched than are shown. */
  morePeople: boolean;
  /** Highlighted option (aria-activedescendant), -1 for none. */
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  onOpen: (option: SearchOption) => void;
  /** Key of the option whose card or team is open beside the list, if any. */
  openedKey: string | null;
  statusOf: (personId: string) => PersonStatus;
  now: Date;
  inputRef: Ref<HTMLInputElement>;
  /** When the directory is not searchable yet; the box still takes text. */
  placeholderStatus: string | null;
};

/** Key of a search option, unique in one result list. */
export function optionKey(option: SearchOption): string {
  return option.kind === 'team' ? `team:${option.team.name}` : `person:${option.person.id}`;
}

/**
 * The search box with its result list (combobox + listbox, focus stays in the box): results update
 * as you type; ArrowUp/ArrowDown move, Enter opens (the first result when none is highlighted),
 * Escape clears. Not Fluent's Combobox (unlike src/ui's people picker): these results are a lasting
 * panel beside the opened card (which result is open stays marked, the list stays when a result is
 * opened and when focus leaves), teams are results too, and the screen owns the highlighted result
 * so a background refresh keeps it; Fluent's Combobox closes its list on choosing and on blur and
 * keeps the active option to itself. A person's result looks as in the picker (PersonOptionContent).
 */
export function PersonSearch({
  query,
  onQueryChange,
  options,
  morePeople,
  activeIndex,
  onActiveIndexChange,
  onOpen,
  openedKey,
  statusOf,
  now,
  inputRef,
  placeholderStatus,
}: PersonSearchProps) {
  const styles = usePersonSearchStyles();
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const listboxId = useId();
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  // Namesakes with the same job and team get what tells them apart (department or e-mail).
  const deferredOptions = useDeferredValue(options);
  const rendered = deferredOptions === options ? options : options.slice(0, resultsInFirstFrame);
  const namesakes = useMemo(
    () =>
      namesakeDetails(
        options.flatMap((option) => (option.kind === 'person' ? [option.person] : [])),
      ),
    [options],
  );

  useEffect(() => {
    if (activeIndex < 0) return;
    const element = document.getElementById(`${listboxId}-option-${activeIndex}`);
    if (element !== null && typeof element.scrollIntoView === 'function')
      element.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listboxId]);

  // One click handler for every result, stable for the list's life, so the memoised results do not re-render
  // because of it; it reads the current options and callbacks.
  const latest = useRef({ options, onActiveIndexChange, onOpen });
  useLayoutEffect(() => {
    latest.current = { options, onActiveIndexChange, onOpen };
  });
  const onChoose = useCallback((index: number) => {
    const option = latest.current.options[index];
    if (option === undefined) return;
    latest.current.onActiveIndexChange(index);
    latest.current.onOpen(option);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (options.length > 0) onActiveIndexChange(Math.min(activeIndex + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length > 0) onActiveIndexChange(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter') {
      const option = options[activeIndex < 0 ? 0 : activeIndex];
      if (option !== undefined) {
        event.preventDefault();
        onOpen(option);
      }
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      onQueryChange('');
    }
  };

  const hasQuery = query.trim() !== '';
  const countText =
    placeholderStatus ??
    (!hasQuery
      ? t('availability.search.start')
      : options.length === 0
        ? t('availability.results.none', { query: query.trim() })
        : morePeople
          ? t('availability.results.more', { count: maxPeopleShown })
          : options.length === 1
            ? t('availability.results.one')
            : t('availability.results.count', { count: options.length }));

  return (
    <div className={styles.root}>
      <label htmlFor={inputId} className={styles.label}>
        {t('availability.search.label')}
      </label>
      <Input
        id={inputId}
        ref={inputRef}
        className={styles.input}
        size="large"
        type="search"
        autoComplete="off"
        spellCheck={false}
        // The agent is on the phone: the cursor must be in the box as soon as the screen opens.
        autoFocus
        contentBefore={<SearchRegular aria-hidden="true" />}
        value={query}
        onChange={(_event, data) => onQueryChange(data.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={hintId}
      />
      <span id={hintId} className={styles.hint}>
        {t('availability.search.hint')}
      </span>
      <div role="status" className={styles.count}>
        {countText}
      </div>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('availability.results.label')}
        className={styles.listbox}
      >
        {rendered.map((option, index) => {
          const key = optionKey(option);
          return (
            <ResultOption
              key={key}
              option={option}
              index={index}
              id={optionId(index)}
              highlight={index === activeIndex ? 'active' : 'inactive'}
              opened={key === openedKey ? 'opened' : 'closed'}
              status={option.kind === 'person' ? statusOf(option.person.id) : null}
              now={now}
              namesake={option.kind === 'person' ? namesakes.get(option.person.id) : undefined}
              onChoose={onChoose}
            />
          );
        })}
      </ul>
    </div>
  );
}
