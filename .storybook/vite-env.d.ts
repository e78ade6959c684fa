/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly POLKU_STORY_THEME?: 'light' | 'dark' | 'high-contrast';
  /** Set in the story project that renders at 320 px: every story is checked for reflow. */
  readonly POLKU_STORY_REFLOW?: boolean;
  /** Set in the story project that checks focus indicators with forced colours emulated. */
  readonly POLKU_STORY_FORCED_COLORS?: boolean;
}
declare module '*.css';
