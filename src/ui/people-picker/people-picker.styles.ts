import { makeStyles, tokens } from '@fluentui/react-components';

export const usePeoplePickerStyles = makeStyles({
  // Fluent's Combobox is inline-sized; a picker takes the width of its field.
  combobox: { minWidth: 0, width: '100%' },
  input: { minWidth: 0, width: '100%' },
  listbox: { maxHeight: '16rem' },
  optionText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  notice: { color: tokens.colorNeutralForeground2 },
});
