/**
 * Journey data model shared by JourneySteps and JourneyMap: stages → touchpoints, each with its channel, emotion
 * target, measured score and pain points. Pure functions, no React.
 */

export const emotionTargetLevels = ['very-negative', 'negative', 'neutral', 'positive', 'very-positive'] as const;
/** Five-point emotion scale; maps to the `--polku-color-emotion-*` tokens. */
export type EmotionTargetLevel = (typeof emotionTargetLevels)[number];

/** The service channels Polku has icons and strings for. */
export const serviceChannels = ['chat', 'phone', 'email', 'video', 'branch', 'web', 'callback'] as const;
/** A service channel Polku has icons and strings for. */
export type ServiceChannel = (typeof serviceChannels)[number];

export interface MeasuredScore {
  /** `csat`: top-2-box share 0–100 %; `nps`: −100…100. */
  kind: 'csat' | 'nps';
  score: number;
  /** Number of answers behind the score. */
  n?: number;
}

export interface Touchpoint {
  id: string;
  /** What happens here, e.g. "Book an appointment". */
  label: string;
  channel?: ServiceChannel;
  /** The emotion this touchpoint should leave, e.g. "reassured" (free text) and where it sits on the scale. */
  emotionTarget?: { label: string; level: EmotionTargetLevel };
  /** Measured CSAT or NPS at this touchpoint. */
  measured?: MeasuredScore;
  /** Known pain points, in words ("Has to repeat account number"). */
  painPoints?: readonly string[];
}

export interface JourneyStage {
  id: string;
  /** Stage name, e.g. "Apply". */
  label: string;
  touchpoints: readonly Touchpoint[];
}

/** Level index −2…2 of an emotion level. */
export function emotionValue(level: EmotionTargetLevel): number {
  return emotionTargetLevels.indexOf(level) - 2;
}

/**
 * Places a measured score on the −2…2 emotion scale: NPS −100…100 linearly; CSAT (top-2-box %) with 50 % as neutral.
 */
export function scoreToEmotionValue(measured: MeasuredScore): number {
  const value = measured.kind === 'nps' ? measured.score / 50 : (measured.score - 50) / 25;
  return Math.max(-2, Math.min(2, value));
}

/** Nearest emotion level for a −2…2 value. */
export function emotionLevelOf(value: number): EmotionTargetLevel {
  const index = Math.max(0, Math.min(4, Math.round(value) + 2));
  return emotionTargetLevels[index]!;
}

export interface CurvePoint {
  stageId: string;
  touchpoint: Touchpoint;
  /** 0-based position along the journey. */
  index: number;
  target: number | null;
  measured: number | null;
  /** Measured falls at least one level below the target. */
  belowTarget: boolean;
}

/** Flattens the stages into curve points in journey order. */
export function journeyCurve(stages: readonly JourneyStage[]): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (const stage of stages) {
    for (const touchpoint of stage.touchpoints) {
      const target = touchpoint.emotionTarget ? emotionValue(touchpoint.emotionTarget.level) : null;
      const measured = touchpoint.measured ? scoreToEmotionValue(touchpoint.measured) : null;
      points.push({
        stageId: stage.id,
        touchpoint,
        index: points.length,
        target,
        measured,
        belowTarget: target !== null && measured !== null && measured <= target - 1,
      });
    }
  }
  return points;
}

export const stepStates = ['complete', 'current', 'upcoming', 'error', 'skipped', 'disabled'] as const;
export type StepState = (typeof stepStates)[number];

export interface JourneyStep {
  id: string;
  label: string;
  /** Default: complete before the current step, upcoming after it. */
  state?: StepState;
  /** Optional description under the label. */
  description?: string;
  touchpoint?: string;
  channel?: ServiceChannel;
}

/** Resolves each step's state: explicit states win; otherwise by position relative to `currentId`. */
export function resolveStepStates(steps: readonly JourneyStep[], currentId: string | undefined): StepState[] {
  const currentIndex = steps.findIndex((step) => step.id === currentId);
  return steps.map((step, index) => {
    if (step.id === currentId) return 'current';
    if (step.state && step.state !== 'current') return step.state;
    if (currentIndex === -1) return step.state === 'current' ? 'current' : 'upcoming';
    return index < currentIndex ? 'complete' : 'upcoming';
  });
}
