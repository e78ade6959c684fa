/**
 * From the receiver's export (NDJSON, one stored answer per line) to what the "Measured from the receiver" page
 * shows, with the same `@polku/cx/metrics` functions the receiver's `GET /v1/metrics` uses. Browser-safe.
 */
import {
  DEFAULT_MINIMUM_N,
  groupBy,
  nps,
  wilsonInterval,
  type CesResult,
  type CsatResult,
  type NpsResult,
  type Rating,
} from '@polku/cx/metrics';
import type { JourneyStage } from '@polku/cx';
import type { FeedbackResponse } from '@polku/cx-server';
import { demoJourney, type DemoStage, type DemoTouchpoint } from './journey';

/** The answers of an export, in its order. Throws naming the line when a line is not an answer. */
export function parseExport(text: string): FeedbackResponse[] {
  const answers: FeedbackResponse[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`receiver export line ${index + 1} is not JSON`);
    }
    const answer = value as Partial<FeedbackResponse> | null;
    if (!answer || typeof answer.kind !== 'string' || typeof answer.score !== 'number' || typeof answer.id !== 'string') {
      throw new Error(`receiver export line ${index + 1} is not a feedback answer (id, kind, score)`);
    }
    answers.push(answer as FeedbackResponse);
  });
  return answers;
}

/** Emotion-scale answers (1–5) of one touchpoint: counts, and the share of 4–5 with its Wilson 95 % interval. */
export interface EmotionMeasure {
  n: number;
  /** Answers per score, index 0 = score 1 (very bad) … index 4 = score 5 (very good). */
  counts: readonly number[];
  /** Share of 4 and 5 in percent; null below `DEFAULT_MINIMUM_N` answers (as the metrics suppress). */
  positive: { percent: number; lower: number; upper: number } | null;
}

export interface TouchpointMeasures {
  stage: DemoStage;
  touchpoint: DemoTouchpoint;
  csat: CsatResult | undefined;
  ces: CesResult | undefined;
  emotion: EmotionMeasure;
}

export interface MeasuredJourney {
  /** Every answer in the export. */
  total: number;
  /** Answers per kind. */
  byKind: Record<string, number>;
  /** Oldest and newest `createdAt` in the export. */
  period: { from: string; to: string } | null;
  /** NPS of all NPS answers (the receiver's `GET /v1/metrics?kind=nps` without a filter). */
  nps: NpsResult;
  /** CSAT, CES and emotion answers per touchpoint of the demo journey, in journey order. */
  touchpoints: TouchpointMeasures[];
  /** The journey for `JourneyMap`: each touchpoint's `measured` is its CSAT from the export (when reported). */
  stages: JourneyStage[];
}

const ratingsOf = (answers: readonly FeedbackResponse[], kind: string): Rating[] =>
  answers.filter((a) => a.kind === kind).map(({ score, touchpoint, channel, locale, createdAt }) => ({ score, touchpoint, channel, locale, createdAt }));

function emotionOf(answers: readonly FeedbackResponse[], touchpoint: string): EmotionMeasure {
  const counts = [0, 0, 0, 0, 0];
  for (const a of answers) if (a.kind === 'emotion' && a.touchpoint === touchpoint) counts[a.score - 1]!++;
  const n = counts.reduce((sum, c) => sum + c, 0);
  const positiveCount = counts[3]! + counts[4]!;
  if (n < DEFAULT_MINIMUM_N) return { n, counts, positive: null };
  const { lower, upper } = wilsonInterval(positiveCount, n);
  return { n, counts, positive: { percent: (100 * positiveCount) / n, lower: 100 * lower, upper: 100 * upper } };
}

/** Groups by touchpoint when there are answers of the kind (groupBy refuses an empty set). */
function perTouchpoint<K extends 'csat' | 'ces'>(ratings: Rating[], kind: K) {
  return ratings.length > 0 ? groupBy(ratings, 'touchpoint', kind) : {};
}

/** Everything the page shows, computed from the export's answers. */
export function measuredFromExport(answers: readonly FeedbackResponse[], journey: readonly DemoStage[] = demoJourney): MeasuredJourney {
  const byKind: Record<string, number> = {};
  for (const a of answers) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  const times = answers.map((a) => a.createdAt).sort();
  const csatBy = perTouchpoint(ratingsOf(answers, 'csat'), 'csat');
  const cesBy = perTouchpoint(ratingsOf(answers, 'ces'), 'ces');
  // Same call as the receiver: nps() over every NPS score (its default minimumN and interval).
  const npsResult = nps(ratingsOf(answers, 'nps'));
  const touchpoints = journey.flatMap((stage) =>
    stage.touchpoints.map((touchpoint) => ({
      stage,
      touchpoint,
      csat: csatBy[touchpoint.touchpoint],
      ces: cesBy[touchpoint.touchpoint],
      emotion: emotionOf(answers, touchpoint.touchpoint),
    })),
  );
  const stages: JourneyStage[] = journey.map((stage) => ({
    id: stage.id,
    label: stage.label,
    touchpoints: stage.touchpoints.map((touchpoint) => {
      const result = csatBy[touchpoint.touchpoint];
      return {
        id: touchpoint.id,
        label: touchpoint.label,
        channel: touchpoint.channel,
        emotionTarget: touchpoint.emotionTarget,
        ...(touchpoint.painPoints ? { painPoints: touchpoint.painPoints } : {}),
        ...(result && !result.suppressed ? { measured: { kind: 'csat' as const, score: result.score, n: result.n } } : {}),
      };
    }),
  }));
  return {
    total: answers.length,
    byKind,
    period: times.length > 0 ? { from: times[0]!, to: times[times.length - 1]! } : null,
    nps: npsResult,
    touchpoints,
    stages,
  };
}

