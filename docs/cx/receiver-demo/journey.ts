/**
 * The demo journey of the "Measured from the receiver" page: a Finnish energy company's customer moves home and
 * takes an electricity contract for the new address (muutto ja sähkösopimus). The seeding (seed.ts, written by
 * tests/cx/seed-demo-export.ts) asks its simulated customers at these touchpoints; the page reads the answers back
 * from the receiver's export. Browser-safe: no Node imports.
 */
import type { EmotionTargetLevel, ServiceChannel } from '@polku/cx';

export interface DemoTouchpoint {
  /** The answer's `touchpoint` field, as the receiver stores it. */
  touchpoint: string;
  /** Short id inside the journey (the JourneyMap touchpoint id). */
  id: string;
  label: string;
  channel: ServiceChannel;
  emotionTarget: { label: string; level: EmotionTargetLevel };
  painPoints?: readonly string[];
}

export interface DemoStage {
  /** The answer's `journeyStep` field. */
  id: string;
  label: string;
  touchpoints: readonly DemoTouchpoint[];
}

export const demoJourneyTitle = 'Moving home: an electricity contract for the new address';

/** Where the NPS question is asked: after the first bill, about the whole journey. */
export const npsTouchpoint = 'muutto/jalkeen-ensimmaisen-laskun';

export const demoJourney: readonly DemoStage[] = [
  {
    id: 'compare',
    label: 'Compare',
    touchpoints: [
      {
        touchpoint: 'muutto/hintavertailu',
        id: 'price-comparison',
        label: 'Price comparison',
        channel: 'web',
        emotionTarget: { label: 'confident', level: 'positive' },
      },
    ],
  },
  {
    id: 'agree',
    label: 'Make the contract',
    touchpoints: [
      {
        touchpoint: 'muutto/sopimus-verkossa',
        id: 'online-contract',
        label: 'Contract online (bank ID)',
        channel: 'web',
        emotionTarget: { label: 'in control', level: 'positive' },
      },
      {
        touchpoint: 'muutto/vahvistus',
        id: 'confirmation',
        label: 'Confirmation email',
        channel: 'email',
        emotionTarget: { label: 'reassured', level: 'positive' },
      },
    ],
  },
  {
    id: 'move',
    label: 'Moving day',
    touchpoints: [
      {
        touchpoint: 'muutto/chat',
        id: 'chat',
        label: 'Chat: meter reading',
        channel: 'chat',
        emotionTarget: { label: 'helped', level: 'neutral' },
        painPoints: ['Asked for the meter number twice'],
      },
    ],
  },
  {
    id: 'first-bill',
    label: 'First bill',
    touchpoints: [
      {
        touchpoint: 'muutto/ensimmainen-lasku',
        id: 'first-bill',
        label: 'First bill',
        channel: 'email',
        emotionTarget: { label: 'no surprises', level: 'positive' },
        painPoints: ['Estimated consumption much higher than real'],
      },
      {
        touchpoint: 'muutto/laskutuspuhelu',
        id: 'billing-call',
        label: 'Call about the bill',
        channel: 'phone',
        emotionTarget: { label: 'listened to', level: 'neutral' },
      },
    ],
  },
];
