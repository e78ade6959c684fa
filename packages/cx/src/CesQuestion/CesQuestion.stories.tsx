import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { standardQuestionStories, withPolkuLocale } from '../feedback/story-helpers';
import { CesQuestion } from './CesQuestion';

/** CES 1–7 agreement: the standard question and end labels, translated. */
const meta = {
  title: 'CX/Feedback/CesQuestion',
  component: CesQuestion,
  decorators: [withPolkuLocale],
  args: { onChange: fn() },
} satisfies Meta<typeof CesQuestion>;

export default meta;

const ces = standardQuestionStories(CesQuestion);

export const Default = ces.Default;
export const Answered = ces.Answered;
export const Finnish = ces.Finnish;
export const Swedish = ces.Swedish;
export const CustomQuestion = ces.CustomQuestion;
export const Narrow = ces.Narrow;
