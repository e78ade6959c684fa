import { forwardRef, useId, type HTMLAttributes } from 'react';
import { Heading, Icon, Inline, Stack, Table, useLocale, useMessages, type TableColumn } from '@polku/react';
import { requireText } from '@polku/react/internal';
import { patternHeadingLevel, type PatternHeadingLevel } from '../hooks/heading-level';
import { emotionLevelOf, journeyCurve, type CurvePoint, type JourneyStage, type Touchpoint } from '../hooks/journey';
import { formatNumber } from '../hooks/format';
import { journeyMessages } from '../JourneySteps/JourneySteps.messages';
import { Figure, Legend, PainPoints } from './JourneyMap.styles';
import { checkStages } from './touchpointProps';

export interface JourneyMapOwnProps {
  /** Name of the journey, e.g. "Applying for a home loan". Heading and accessible name. */
  title: string;
  /** Stages in order, each with its touchpoints: channel, emotion target, measured score and pain points. */
  stages: readonly JourneyStage[];
  /** Heading level of the title. Default 2. */
  headingLevel?: PatternHeadingLevel;
}

export type JourneyMapProps = JourneyMapOwnProps & Omit<HTMLAttributes<HTMLElement>, keyof JourneyMapOwnProps | 'children'>;

interface MapRow {
  stage: JourneyStage;
  touchpoint: Touchpoint;
  point: CurvePoint | undefined;
}

const COLUMN = 100;
const HEIGHT = 200;
const PAD = 20;
const y = (value: number) => PAD + ((2 - value) / 4) * (HEIGHT - 2 * PAD);
const x = (index: number) => index * COLUMN + COLUMN / 2;

function path(points: CurvePoint[], key: 'target' | 'measured'): string {
  return points
    .filter((point) => point[key] !== null)
    .map((point, i) => `${i === 0 ? 'M' : 'L'}${x(point.index)} ${y(point[key]!)}`)
    .join(' ');
}

/**
 * Stages × touchpoints × channels with an emotion target and a measured score per touchpoint: an emotion curve
 * (shapes and line styles, not colour alone) and a data table with the same information.
 */
export const JourneyMap = forwardRef<HTMLElement, JourneyMapProps>(function JourneyMap(props, ref) {
  const { title, stages: stagesProp, headingLevel, ...rest } = props;
  requireText('JourneyMap', 'title', title);
  const level = patternHeadingLevel('JourneyMap', headingLevel, 2);
  const t = useMessages(journeyMessages);
  const locale = useLocale();
  const titleId = useId();
  const stages = checkStages(stagesProp);
  const points = journeyCurve(stages);
  const width = Math.max(1, points.length) * COLUMN;

  const measuredText = (touchpoint: Touchpoint) => {
    const measured = touchpoint.measured;
    if (!measured) return t('journey.map.notMeasured');
    return t(`journey.map.${measured.kind}`, {
      score: formatNumber(locale, measured.score, 0, measured.kind === 'nps'),
      n: measured.n ?? '–',
    });
  };

  // One row per touchpoint; the stage is repeated on each row (the core Table has no row groups), so every row reads
  // on its own.
  const rows: MapRow[] = stages.flatMap((stage) =>
    stage.touchpoints.map((touchpoint) => ({
      stage,
      touchpoint,
      point: points.find((candidate) => candidate.touchpoint === touchpoint),
    })),
  );
  const columns: TableColumn<MapRow>[] = [
    { key: 'stage', header: t('journey.map.stage'), cell: (row) => row.stage.label },
    { key: 'touchpoint', header: t('journey.map.touchpoint'), rowHeader: true, cell: (row) => row.touchpoint.label },
    {
      key: 'channel',
      header: t('journey.map.channel'),
      cell: ({ touchpoint }) =>
        touchpoint.channel ? (
          <Inline as="span" gap={1}>
            <Icon name={touchpoint.channel} size="s" />
            {t(`journey.channel.${touchpoint.channel}`)}
          </Inline>
        ) : (
          '–'
        ),
    },
    {
      key: 'target',
      header: t('journey.map.target'),
      cell: ({ touchpoint }) =>
        touchpoint.emotionTarget ? `${touchpoint.emotionTarget.label} (${t(`journey.emotion.${touchpoint.emotionTarget.level}`)})` : '–',
    },
    {
      key: 'measured',
      header: t('journey.map.measured'),
      cell: ({ touchpoint, point }) => {
        const text = [
          measuredText(touchpoint),
          point?.measured != null ? ` – ${t(`journey.emotion.${emotionLevelOf(point.measured)}`)}` : '',
          point?.belowTarget ? `. ${t('journey.map.belowTarget')}` : '',
        ].join('');
        return point?.belowTarget ? <strong data-below="">{text}</strong> : text;
      },
    },
    {
      key: 'painPoints',
      header: t('journey.map.painPoints'),
      cell: ({ touchpoint }) =>
        touchpoint.painPoints && touchpoint.painPoints.length > 0 ? (
          <PainPoints>
            {touchpoint.painPoints.map((pain) => (
              <li key={pain}>{pain}</li>
            ))}
          </PainPoints>
        ) : (
          t('journey.map.none')
        ),
    },
  ];

  let stageStart = 0;
  const dividers: number[] = [];
  for (const stage of stages) {
    if (stageStart > 0) dividers.push(stageStart * COLUMN);
    stageStart += stage.touchpoints.length;
  }

  return (
    <Stack {...rest} ref={ref} as="section" gap={4} aria-labelledby={titleId}>
      <Heading id={titleId} level={level} size="xl">
        {title}
      </Heading>
      <Figure>
        <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={t('journey.map.curveLabel', { title })}>
          {[-2, -1, 0, 1, 2].map((value) => (
            <line key={value} data-grid="" x1="0" x2={width} y1={y(value)} y2={y(value)} strokeWidth="1" />
          ))}
          {dividers.map((at) => (
            <line key={at} data-stage-divider="" x1={at} x2={at} y1="0" y2={HEIGHT} strokeWidth="2" />
          ))}
          <path data-series="target" d={path(points, 'target')} strokeWidth="2" />
          <path data-series="measured" d={path(points, 'measured')} strokeWidth="3" />
          {points.map((point) => (
            <g key={point.touchpoint.id}>
              {point.target !== null && <circle data-point="target" cx={x(point.index)} cy={y(point.target)} r="7" strokeWidth="2" />}
              {point.measured !== null &&
                (point.belowTarget ? (
                  <path
                    data-point="below"
                    d={`M${x(point.index)} ${y(point.measured) - 9} l9 16 h-18 z`}
                    strokeWidth="1.5"
                  />
                ) : (
                  <rect data-point="measured" x={x(point.index) - 6} y={y(point.measured) - 6} width="12" height="12" />
                ))}
            </g>
          ))}
        </svg>
        <figcaption>
          <Legend>
            <li>
              <svg viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <line x1="0" x2="24" y1="6" y2="6" stroke="currentColor" strokeDasharray="4 3" strokeWidth="2" />
                <circle cx="12" cy="6" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
              {t('journey.map.legendTarget')}
            </li>
            <li>
              <svg viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <line x1="0" x2="24" y1="6" y2="6" stroke="currentColor" strokeWidth="2" />
                <rect x="8" y="2" width="8" height="8" fill="currentColor" />
              </svg>
              {t('journey.map.legendMeasured')}
            </li>
            <li>
              <svg viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <path d="M12 0 l6 11 h-12 z" fill="currentColor" />
              </svg>
              {t('journey.map.legendBelow')}
            </li>
          </Legend>
        </figcaption>
      </Figure>
      <Table
        caption={t('journey.map.tableCaption', { title })}
        columns={columns}
        rows={rows}
        getRowKey={(row) => `${row.stage.id}/${row.touchpoint.id}`}
      />
    </Stack>
  );
});
