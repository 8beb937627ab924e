// The themes a plain browser in light mode does not use, in a chunk of their own (fluent-theme.ts fetches it when
// the host or the system asks for one of them).
export {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
} from '@fluentui/react-components';
