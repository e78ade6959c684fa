import { forwardRef, useId, type HTMLAttributes } from 'react';
import { Card, Heading, Stack, Text, requireText, useLocale, useMessages } from '@polku/react';
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
            {promise.record && promise.record.total > 0 && (
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
