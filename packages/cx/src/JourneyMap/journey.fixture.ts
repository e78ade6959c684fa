import type { JourneyStage } from '../hooks/journey';

/** A home-loan journey used by tests and stories. */
export const homeLoanJourney: JourneyStage[] = [
  {
    id: 'explore',
    label: 'Explore',
    touchpoints: [
      { id: 'calculator', label: 'Loan calculator', channel: 'web', emotionTarget: { label: 'curious', level: 'positive' }, measured: { kind: 'csat', score: 78, n: 412 } },
    ],
  },
  {
    id: 'apply',
    label: 'Apply',
    touchpoints: [
      {
        id: 'form',
        label: 'Application form',
        channel: 'web',
        emotionTarget: { label: 'in control', level: 'positive' },
        measured: { kind: 'csat', score: 41, n: 380 },
        painPoints: ['Has to upload payslips again', 'Session times out'],
      },
      { id: 'call', label: 'Adviser call', channel: 'phone', emotionTarget: { label: 'reassured', level: 'neutral' }, measured: { kind: 'csat', score: 66, n: 95 } },
    ],
  },
  {
    id: 'decide',
    label: 'Decision',
    touchpoints: [
      { id: 'offer', label: 'Loan offer', channel: 'email', emotionTarget: { label: 'delighted', level: 'very-positive' }, measured: { kind: 'nps', score: 42, n: 210 } },
      { id: 'sign', label: 'Signing', channel: 'branch', emotionTarget: { label: 'confident', level: 'positive' } },
    ],
  },
];
