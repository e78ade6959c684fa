import { expect } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Modules, PropRow } from './row';

const MIN = 60_000;
const start = Date.parse('2026-11-23T10:00:00Z');
/** Frozen at 10:05, five minutes after `start`: every promise row renders the same state in every run. */
const clock = { now: () => start + 5 * MIN, setTimeout: () => 0, clearTimeout: () => {} };
const promise = { promiseId: 'served-15', text: 'Served within 15 minutes', compensation: '€10', clock, timeZone: 'Europe/Helsinki' };
const envelope = { reference: 'KX4R-9TCM', summary: 'Card payment declined' };
const scores = (values: number[]) => values.map((score) => ({ score }));
/** 40 CSAT answers, 4 of 5 satisfied: a real result to corrupt one field of. */
const csatResult = ({ M }: Modules) => M.csat(scores(Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? 2 : 5))));
const npsResult = ({ M }: Modules) => M.nps(scores(Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 3 : 10))));

const checked = () => screen.queryAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked);
const radioValues = () => screen.getAllByRole('radio').map((radio) => Number((radio as HTMLInputElement).value));
const promiseGroup = () => screen.getByRole('group', { name: 'Served within 15 minutes' });
/** No state, deadline or countdown: the promise text (and its condition) only. */
const noPromiseState = () => {
  expect(promiseGroup()).toHaveAttribute('data-state', 'pending');
  expect(promiseGroup().querySelector('time, [data-promise-state], [role="timer"]')).toBeNull();
};
const channelItem = (name: RegExp) => screen.getAllByRole('listitem').find((item) => name.test(item.textContent ?? ''))!;
const journey = [
  { id: 'apply', label: 'Apply' },
  { id: 'sign', label: 'Sign' },
];
const stage = (touchpoint: object) => [{ id: 'apply', label: 'Apply', touchpoints: [{ id: 'form', label: 'Fill in the form', ...touchpoint }] }];

/** Rows for @polku/cx. `bad` is the value as printed; `warning` the fragment the development message must contain. */
export const cxRows: PropRow[] = [
  {
    component: 'NpsQuestion', prop: 'value', bad: '11', warning: 'NpsQuestion: prop `value` must be a value on the scale 0–10 (got 11)',
    render: ({ C }) => <C.NpsQuestion value={11} onChange={() => {}} />,
    instead: () => {
      expect(screen.getAllByRole('radio')).toHaveLength(11);
      expect(checked()).toHaveLength(0);
    },
  },
  {
    component: 'NpsQuestion', prop: 'defaultValue', bad: '-1', warning: 'NpsQuestion: prop `defaultValue` must be a value on the scale 0–10 (got -1)',
    render: ({ C }) => <C.NpsQuestion defaultValue={-1} />,
    instead: () => expect(checked()).toHaveLength(0),
  },
  {
    component: 'NpsQuestion', prop: 'max', bad: '0', warning: 'NpsQuestion: prop `max` must be greater than min (10) (got 0); the standard 0–10 scale is shown',
    render: ({ C }) => <C.NpsQuestion scale={{ min: 10, max: 0 }} />,
    instead: () => expect(radioValues()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  },
  {
    component: 'CsatQuestion', prop: 'value', bad: '6', warning: 'CsatQuestion: prop `value` must be a value on the scale 1–5 (got 6)',
    render: ({ C }) => <C.CsatQuestion value={6} onChange={() => {}} />,
    instead: () => expect(checked()).toHaveLength(0),
  },
  {
    component: 'CesQuestion', prop: 'value', bad: '0', warning: 'CesQuestion: prop `value` must be a value on the scale 1–7 (got 0)',
    render: ({ C }) => <C.CesQuestion value={0} onChange={() => {}} />,
    instead: () => expect(checked()).toHaveLength(0),
  },
  {
    component: 'EmotionScale', prop: 'value', bad: '2.5', warning: 'EmotionScale: prop `value` must be a value on the scale 1–5 (got 2.5)',
    render: ({ C }) => <C.EmotionScale value={2.5} onChange={() => {}} />,
    instead: () => expect(checked()).toHaveLength(0),
  },
  {
    component: 'ScaleQuestion', prop: 'max', bad: '1', warning: 'ScaleQuestion: prop `max` must be greater than min (5) (got 1); shown as 1–5',
    render: ({ C }) => <C.ScaleQuestion question="How was it?" min={5} max={1} />,
    instead: () => expect(radioValues()).toEqual([1, 2, 3, 4, 5]),
  },
  {
    component: 'ScaleQuestion', prop: 'min', bad: '1.5', warning: 'ScaleQuestion: prop `min` must be a whole number (got 1.5); no options are shown',
    render: ({ C }) => <C.ScaleQuestion question="How was it?" min={1.5} max={5} />,
    instead: () => expect(screen.queryAllByRole('radio')).toHaveLength(0),
  },
  {
    component: 'PromiseBadge', prop: 'deadline', bad: '2026-11-23T09:00:00.000Z',
    warning: 'PromiseBadge: prop `deadline` must be after start (2026-11-23T10:00:00.000Z): the promise was due when it was made (got 2026-11-23T09:00:00.000Z)',
    render: ({ C }) => <C.PromiseBadge {...promise} start={start} deadline={new Date(start - 60 * MIN)} />,
    instead: noPromiseState,
  },
  {
    component: 'PromiseBadge', prop: 'deadline', bad: '"tomorrow"', warning: 'PromiseBadge: prop `deadline` is not a valid date or time (got "tomorrow")',
    render: ({ C }) => <C.PromiseBadge {...promise} deadline="tomorrow" />,
    instead: noPromiseState,
  },
  {
    component: 'PromiseBadge', prop: 'deadline', bad: '2026-11-23T10:01:00.000Z',
    warning: 'PromiseBadge: prop `deadline` had already passed when the promise was first shown (got 2026-11-23T10:01:00.000Z)',
    render: ({ C }) => <C.PromiseBadge {...promise} deadline={new Date(start + MIN)} />,
    // honest: a promise past its deadline is broken, and the warning points the service to `outcome`
    instead: () => expect(promiseGroup()).toHaveAttribute('data-state', 'broken'),
  },
  {
    component: 'PromiseBadge', prop: 'durationMs', bad: '-5', warning: 'PromiseBadge: prop `durationMs` must be a number of at least 1 (got -5)',
    render: ({ C }) => <C.PromiseBadge {...promise} start={start} durationMs={-5} />,
    instead: noPromiseState,
  },
  {
    component: 'PromiseBadge', prop: 'businessHours.week[1]', bad: '"8am"', warning: 'PromiseBadge: prop `businessHours.week[1]` must be a HH:MM time (got "8am")',
    render: ({ C }) => <C.PromiseBadge {...promise} start={start} durationMs={15 * MIN} businessHours={{ week: { 1: [{ open: '8am', close: '16:00' }] } }} />,
    instead: noPromiseState,
  },
  {
    component: 'PromiseBadge', prop: 'outcome', bad: '"lost"', warning: 'PromiseBadge: prop `outcome` must be one of kept, broken, waived (got "lost")',
    render: ({ C }) => <C.PromiseBadge {...promise} start={start} durationMs={15 * MIN} outcome={'lost' as never} />,
    instead: () => expect(promiseGroup()).toHaveAttribute('data-state', 'active'),
  },
  {
    component: 'PromiseBadge', prop: 'timeZone', bad: '"Mars/Olympus"', warning: 'PromiseBadge: prop `timeZone` is not an IANA time zone this browser knows (got "Mars/Olympus")',
    render: ({ C }) => <C.PromiseBadge {...promise} start={start} durationMs={15 * MIN} timeZone="Mars/Olympus" />,
    instead: () => expect(promiseGroup().querySelector('time')).toHaveAttribute('datetime', '2026-11-23T10:15:00.000Z'),
  },
  {
    component: 'ChannelPicker', prop: 'options[].phoneNumber', bad: 'undefined', warning: 'ChannelPicker: prop `options[].phoneNumber` is required for an available phone channel (got undefined)',
    render: ({ C }) => <C.ChannelPicker label="Continue" envelope={envelope} options={[{ channel: 'phone', available: true }]} />,
    instead: () => {
      expect(channelItem(/Phone/i)).toHaveTextContent('Not available now');
      expect(screen.queryByRole('link')).toBeNull();
    },
  },
  {
    component: 'ChannelPicker', prop: 'options[].href', bad: 'undefined', warning: 'ChannelPicker: prop `options[].href` is required for an available chat channel (got undefined)',
    render: ({ C }) => <C.ChannelPicker label="Continue" envelope={envelope} options={[{ channel: 'chat', available: true }]} />,
    instead: () => expect(channelItem(/Chat/i)).toHaveTextContent('Not available now'),
  },
  {
    component: 'ChannelPicker', prop: 'options[].waitMinutes', bad: '-3', warning: 'ChannelPicker: prop `options[].waitMinutes` must be a number of at least 0 (got -3)',
    render: ({ C }) => <C.ChannelPicker label="Continue" envelope={envelope} options={[{ channel: 'chat', available: true, href: '/chat', waitMinutes: -3 }]} />,
    instead: () => expect(channelItem(/Chat/i)).not.toHaveTextContent('Estimated wait'),
  },
  {
    component: 'ChannelPicker', prop: 'defaultValue', bad: '"video"', warning: 'ChannelPicker: prop `defaultValue` names a channel that is not available now (got "video")',
    render: ({ C }) => (
      <C.ChannelPicker
        label="Continue"
        mode="radio"
        envelope={envelope}
        defaultValue="video"
        options={[{ channel: 'chat', available: true }, { channel: 'video', available: false }]}
      />
    ),
    instead: () => expect(checked()).toHaveLength(0),
  },
  {
    component: 'ChannelPicker', prop: 'value', bad: '"branch"', warning: 'ChannelPicker: prop `value` must be one of chat (got "branch")',
    render: ({ C }) => <C.ChannelPicker label="Continue" mode="radio" envelope={envelope} value="branch" options={[{ channel: 'chat', available: true }]} />,
    instead: () => expect(checked()).toHaveLength(0),
  },
  {
    component: 'ChannelPicker', prop: 'envelope.reference', bad: '""', warning: 'ChannelPicker: prop `envelope.reference` must be a case reference the customer can read out (got "")',
    render: ({ C }) => <C.ChannelPicker label="Continue" envelope={{ ...envelope, reference: '' }} options={[{ channel: 'chat', available: true, href: '/chat' }]} />,
    instead: (c) => expect(c.querySelector('[data-reference-box]')).toBeNull(),
  },
  {
    component: 'PromiseList', prop: 'promises[].record.kept', bad: '1440', warning: 'PromiseList: prop `promises[].record.kept` must be a whole number from 0 to total (1200) (got 1440)',
    render: ({ C }) => <C.PromiseList title="Our promises" promises={[{ id: 'q', text: 'Served within 15 minutes', record: { kept: 1440, total: 1200, period: 'October' } }]} />,
    // 120 % kept is never claimed
    instead: (c) => expect(c).not.toHaveTextContent(/Kept .* of the time/),
  },
  {
    component: 'PromiseList', prop: 'promises[].record.total', bad: '-1', warning: 'PromiseList: prop `promises[].record.total` must be a whole number of at least 1 (got -1)',
    render: ({ C }) => <C.PromiseList title="Our promises" promises={[{ id: 'q', text: 'Served within 15 minutes', record: { kept: 0, total: -1, period: 'October' } }]} />,
    instead: (c) => expect(c).not.toHaveTextContent(/Kept .* of the time/),
  },
  {
    component: 'MetricCard', prop: 'result.score', bad: '120', warning: 'MetricCard: prop `result.score` must be a csat score from 0 to 100 (got 120)',
    render: (m) => <m.C.MetricCard title="CSAT" result={{ ...csatResult(m), score: 120 } as never} />,
    instead: () => {
      expect(screen.getByRole('region', { name: 'CSAT' })).toHaveTextContent('The result cannot be shown');
      expect(screen.getByRole('region')).not.toHaveTextContent('120');
    },
  },
  {
    component: 'MetricCard', prop: 'result.kind', bad: '"xyz"', warning: 'MetricCard: prop `result.kind` must be one of nps, csat, ces (got "xyz")',
    render: (m) => <m.C.MetricCard title="Score" result={{ ...csatResult(m), kind: 'xyz' } as never} />,
    instead: () => expect(screen.getByRole('region', { name: 'Score' })).toHaveTextContent('The result cannot be shown'),
  },
  {
    component: 'MetricCard', prop: 'comparison.verdict', bad: '"better"', warning: 'MetricCard: prop `comparison.verdict` must be one of improved, declined, no-significant-change, insufficient-data (got "better")',
    render: (m) => (
      <m.C.MetricCard
        title="CSAT"
        result={csatResult(m)}
        previousLabel="September"
        comparison={{ ...m.M.compare(csatResult(m), csatResult(m)), verdict: 'better' } as never}
      />
    ),
    instead: (c) => expect(c.querySelector('[data-trend]')).toBeNull(),
  },
  {
    component: 'NpsSummary', prop: 'result.counts', bad: '{"promoters":30,"passives":0,"detractors":30}',
    warning: 'NpsSummary: prop `result.counts` must add up to n (40), not 60 (got {"promoters":30,"passives":0,"detractors":30})',
    render: (m) => <m.C.NpsSummary title="NPS" result={{ ...npsResult(m), counts: { promoters: 30, passives: 0, detractors: 30 } } as never} />,
    instead: () => expect(screen.queryByText('Promoters (9–10)')).toBeNull(),
  },
  {
    component: 'JourneySteps', prop: 'currentStep', bad: '"pay"', warning: 'JourneySteps: prop `currentStep` must be one of apply, sign (got "pay")',
    render: ({ C }) => <C.JourneySteps label="Loan" steps={journey} currentStep="pay" />,
    instead: (c) => {
      expect(c.querySelector('[aria-current]')).toBeNull();
      expect(within(c).getAllByText('Not started')).toHaveLength(2);
    },
  },
  {
    component: 'JourneySteps', prop: 'steps[].state', bad: '"done"', warning: 'JourneySteps: prop `steps[].state` must be one of complete, current, upcoming, error, skipped, disabled (got "done")',
    render: ({ C }) => <C.JourneySteps label="Loan" steps={[{ ...journey[0]!, state: 'done' as never }, journey[1]!]} currentStep="sign" />,
    instead: (c) => expect(within(c).getByText('Completed')).toBeInTheDocument(),
  },
  {
    component: 'JourneyMap', prop: 'touchpoints[].measured.score', bad: '130', warning: 'JourneyMap: prop `touchpoints[].measured.score` must be a nps score from -100 to 100 (got 130)',
    render: ({ C }) => <C.JourneyMap title="Loan" stages={stage({ measured: { kind: 'nps', score: 130, n: 50 } })} />,
    instead: () => expect(screen.getByRole('table')).toHaveTextContent('Not measured'),
  },
  {
    component: 'JourneyMap', prop: 'touchpoints[].emotionTarget.level', bad: '"ecstatic"',
    warning: 'JourneyMap: prop `touchpoints[].emotionTarget.level` must be one of very-negative, negative, neutral, positive, very-positive (got "ecstatic")',
    render: ({ C }) => <C.JourneyMap title="Loan" stages={stage({ emotionTarget: { label: 'Thrilled', level: 'ecstatic' } })} />,
    instead: () => expect(screen.getByRole('table')).not.toHaveTextContent('Thrilled'),
  },
  {
    component: 'HelpfulPrompt', prop: 'commentLimit', bad: '0', warning: 'HelpfulPrompt: prop `commentLimit` must be a whole number of at least 1 (got 0)',
    render: ({ C }) => <C.HelpfulPrompt touchpoint="faq/moving" commentLimit={0} onSubmit={async () => {}} />,
    instead: async () => {
      fireEvent.click(screen.getByRole('button', { name: 'No' }));
      expect(await screen.findByText('300 characters left')).toBeInTheDocument();
    },
  },
  {
    component: 'FeedbackWidget', prop: 'commentLimit', bad: '2.5', warning: 'FeedbackWidget: prop `commentLimit` must be a whole number of at least 1 (got 2.5)',
    render: ({ C }) => <C.FeedbackWidget kind="nps" touchpoint="faq/moving" commentLimit={2.5} onSubmit={async () => {}} />,
    instead: async () => {
      fireEvent.click(screen.getByRole('radio', { name: '9' }));
      expect(await screen.findByText('500 characters left')).toBeInTheDocument();
    },
  },
];
