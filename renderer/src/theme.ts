import { createTheme, MultiSelect, Select, type MantineColorsTuple } from '@mantine/core';

/** The office's restrained navy: headers, active navigation and primary actions. */
const navy: MantineColorsTuple = [
  '#edf2fa',
  '#d9e2f1',
  '#b0c2e2',
  '#84a0d3',
  '#6083c6',
  '#4a71bf',
  '#3d67bc',
  '#2f56a5',
  '#264c94',
  '#172f5c',
];

export const theme = createTheme({
  primaryColor: 'navy',
  colors: { navy },
  fontFamily: "'Noto Sans', system-ui, sans-serif",
  headings: { fontFamily: "'Noto Sans', system-ui, sans-serif", fontWeight: '600' },
  defaultRadius: 'sm',
  components: {
    // A list opens on a click, on typing or on ↓, not on focus alone: when a failed save moves the
    // focus to a select in error, its open list would cover the message under it.
    Select: Select.extend({ defaultProps: { openOnFocus: false } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { openOnFocus: false } }),
  },
});
