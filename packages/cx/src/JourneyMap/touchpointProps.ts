import { isInRange, warnProp } from '@polku/react/internal';
import { emotionTargetLevels, serviceChannels, type JourneyStage, type Touchpoint } from '../hooks/journey';

const measuredRanges = { nps: [-100, 100], csat: [0, 100] } as const;

/** A touchpoint with each invalid part warned about (naming the prop and value) and left out. */
function checkTouchpoint(touchpoint: Touchpoint): Touchpoint {
  const checked: Touchpoint = { ...touchpoint };
  const measured = touchpoint.measured;
  if (measured) {
    const range = measuredRanges[measured.kind as keyof typeof measuredRanges];
    if (!range) {
      warnProp('JourneyMap', 'touchpoints[].measured.kind', measured.kind, 'must be nps or csat', 'shown as not measured');
      checked.measured = undefined;
    } else if (!isInRange(measured.score, { min: range[0], max: range[1] })) {
      // A score off its scale would be drawn at the end of the curve and read as a real result.
      warnProp('JourneyMap', 'touchpoints[].measured.score', measured.score, `must be a ${measured.kind} score from ${range[0]} to ${range[1]}`, 'shown as not measured');
      checked.measured = undefined;
    } else if (measured.n !== undefined && !isInRange(measured.n, { min: 0, integer: true })) {
      warnProp('JourneyMap', 'touchpoints[].measured.n', measured.n, 'must be a whole number of at least 0', 'n is not shown');
      checked.measured = { ...measured, n: undefined };
    }
  }
  const level = touchpoint.emotionTarget?.level;
  if (level !== undefined && !(emotionTargetLevels as readonly string[]).includes(level)) {
    warnProp('JourneyMap', 'touchpoints[].emotionTarget.level', level, `must be one of ${emotionTargetLevels.join(', ')}`, 'no target is shown');
    checked.emotionTarget = undefined;
  }
  if (touchpoint.channel !== undefined && !(serviceChannels as readonly string[]).includes(touchpoint.channel)) {
    warnProp('JourneyMap', 'touchpoints[].channel', touchpoint.channel, `must be one of ${serviceChannels.join(', ')}`, 'no channel is shown');
    checked.channel = undefined;
  }
  return checked;
}

/** The stages with every touchpoint checked (see checkTouchpoint); the input is not changed. */
export function checkStages(stages: readonly JourneyStage[]): JourneyStage[] {
  return stages.map((stage) => ({ ...stage, touchpoints: stage.touchpoints.map(checkTouchpoint) }));
}
