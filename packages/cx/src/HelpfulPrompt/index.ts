export { HelpfulPrompt } from './HelpfulPrompt';
export type { HelpfulPromptProps, HelpfulPromptOwnProps } from './HelpfulPrompt';
