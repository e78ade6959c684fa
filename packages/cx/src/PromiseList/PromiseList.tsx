import { forwardRef, useId, type HTMLAttributes } from 'react';
import { Card, Heading, Stack, Text, useLocale, useMessages } from '@polku/react';
import { isInRange, requireText, warnProp } from '@polku/react/internal';
import { patternHeadingLevel, type PatternHeadingLevel } from '../hooks/heading-level';
import { promiseMessages } from '../PromiseBadge/PromiseBadge.messages';
import { Items } from './PromiseList.styles';

export interface PromiseListItem {
  id: string;
  /** The promise, concrete and measurable: "Served within 15 minutes at any branch". */
  text: string;
  /** What the customer gets if it is broken, e.g. "€10". */
  compensation?: string;
  /** How it works, the fine print in plain words. */
  description?: string;
  /** How often it was kept, e.g. `{ kept: 1180, total: 1204, period: 'October' }`: shown as a share with n. */
  record?: { kept: number; total: number; period: string };
}

export interface PromiseListOwnProps {
  /** Heading of the list, e.g. "Our promises to you". Gives the section its name. */
  title: string;
  promises: readonly PromiseListItem[];
  /** Heading level of the title. Default 2. */
  headingLevel?: PatternHeadingLevel;
}

export type PromiseListProps = PromiseListOwnProps & Omit<HTMLAttributes<HTMLElement>, keyof PromiseListOwnProps | 'children'>;

/**
 * True when a track record can be shown honestly: whole counts, at least one promise, never kept more often than
 * made (a share above 100 % would be a false claim). Otherwise a development warning and the record is left out.
 */
function validRecord(record: NonNullable<PromiseListItem['record']>): boolean {
  if (!isInRange(record.total, { min: 1, integer: true })) {
    // 0 promises made is honest (nothing to report yet) and stays silent; other totals are mistakes.
    if (record.total !== 0) warnProp('PromiseList', 'promises[].record.total', record.total, 'must be a whole number of at least 1', 'no record is shown');
    return false;
  }
  if (!isInRange(record.kept, { min: 0, max: record.total, integer: true })) {
    warnProp('PromiseList', 'promises[].record.kept', record.kept, `must be a whole number from 0 to total (${record.total})`, 'no record is shown');
    return false;
  }
  return true;
}

/** A brand's customer promises on a page, each with its compensation and, honestly, how often it was kept. */
export const PromiseList = forwardRef<HTMLElement, PromiseListProps>(function PromiseList(props, ref) {
  const { title, promises, headingLevel, ...rest } = props;
  requireText('PromiseList', 'title', title);
  const level = patternHeadingLevel('PromiseList', headingLevel, 2);
  const t = useMessages(promiseMessages);
  const locale = useLocale();
  const titleId = useId();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Stack {...rest} ref={ref} as="section" gap={3} aria-labelledby={titleId}>
      <Heading id={titleId} level={level} size="xl">
        {title}
      </Heading>
      <Items>
        {promises.map((promise) => (
          <Card key={promise.id} as="li" padding={4}>
            <Text variant="lead" weight="semibold">
              {promise.text}
            </Text>
            {promise.compensation && <Text variant="small">{t('promise.compensation', { compensation: promise.compensation })}</Text>}
            {promise.description && <Text variant="small">{promise.description}</Text>}
            {promise.record && validRecord(promise.record) && (
              <Text variant="muted">
                {t('promise.listRecord', {
                  count: promise.record.total,
                  percent: percent.format(promise.record.kept / promise.record.total),
                  period: promise.record.period,
                })}
              </Text>
            )}
          </Card>
        ))}
      </Items>
    </Stack>
  );
});
