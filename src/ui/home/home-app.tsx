import { useApp } from 'ink';
import { useEffect, useReducer } from 'react';
import { useKeypress } from '../hooks/use-keypress.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { HomeScreen } from './home-screen.js';
import { homeReducer, initialHomeState, type HomeChoice, type HomeData } from './state.js';

/** The home screen's root: reports the user's choice (or undefined for quit) and ends the Ink app. */
export function HomeApp({ data, onDone }: { data: HomeData; onDone: (choice: HomeChoice | undefined) => void }) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [state, dispatch] = useReducer(homeReducer, data, initialHomeState);
  useKeypress((key) => dispatch(key));
  useEffect(() => {
    if (state.choice || state.quit) {
      onDone(state.choice);
      exit();
    }
  }, [state.choice, state.quit, onDone, exit]);
  return <HomeScreen state={state} columns={size.columns} rows={size.rows} />;
}
