import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { standardQuestionStories, withPolkuLocale } from '../feedback/story-helpers';
import { CsatQuestion } from './CsatQuestion';

/** CSAT 1–5: the standard question and end labels, translated. */
const meta = {
  title: 'CX/Feedback/CsatQuestion',
  component: CsatQuestion,
  decorators: [withPolkuLocale],
  args: { onChange: fn() },
} satisfies Meta<typeof CsatQuestion>;

export default meta;

const csat = standardQuestionStories(CsatQuestion);

export const Default = csat.Default;
export const Answered = csat.Answered;
export const Finnish = csat.Finnish;
export const Swedish = csat.Swedish;
export const CustomQuestion = csat.CustomQuestion;
export const Narrow = csat.Narrow;
