import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { standardQuestionStories, withPolkuLocale } from '../feedback/story-helpers';
import { NpsQuestion } from './NpsQuestion';

/** NPS 0–10: the standard question and end labels, translated. */
const meta = {
  title: 'CX/Feedback/NpsQuestion',
  component: NpsQuestion,
  decorators: [withPolkuLocale],
  args: { onChange: fn() },
} satisfies Meta<typeof NpsQuestion>;

export default meta;

const nps = standardQuestionStories(NpsQuestion);

export const Default = nps.Default;
export const Answered = nps.Answered;
export const Finnish = nps.Finnish;
export const Swedish = nps.Swedish;
export const CustomQuestion = nps.CustomQuestion;
export const Narrow = nps.Narrow;
