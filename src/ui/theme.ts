import { createContext, useContext } from 'react';

/**
 * Colours by role. With NO_COLOR set (https://no-color.org) every role is
 * undefined and the screens rely on bold, inverse and marks (✓, >, *) alone.
 */
export interface Theme {
  readonly accent: string | undefined;
  readonly error: string | undefined;
  readonly done: string | undefined;
  readonly changed: string | undefined;
  readonly muted: string | undefined;
}

export const COLOR_THEME: Theme = { accent: 'cyan', error: 'red', done: 'green', changed: 'yellow', muted: 'gray' };
export const PLAIN_THEME: Theme = { accent: undefined, error: undefined, done: undefined, changed: undefined, muted: undefined };

export const colorsWanted = (env: NodeJS.ProcessEnv): boolean => !(env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '');
export const themeFor = (env: NodeJS.ProcessEnv): Theme => (colorsWanted(env) ? COLOR_THEME : PLAIN_THEME);

export const ThemeContext = createContext<Theme>(COLOR_THEME);
export const useTheme = (): Theme => useContext(ThemeContext);
