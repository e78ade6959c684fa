/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly POLKU_STORY_THEME?: 'light' | 'dark' | 'high-contrast';
}
declare module '*.css';
