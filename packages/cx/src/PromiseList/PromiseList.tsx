import { forwardRef, useId, type HTMLAttributes } from 'react';
import { useLocale, useMessages } from '@polku/react';
import { patternHeading, patternRequireText, type PatternHeadingLevel } from '../hooks/pattern-dev';
import { promiseMessages } from '../PromiseBadge/PromiseBadge.messages';
import { Item, Items, ListRoot } from './PromiseList.styles';


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
  patternRequireText('PromiseList', 'title', title);
  const Heading = patternHeading('PromiseList', headingLevel, 2);
  const t = useMessages(promiseMessages);
  const locale = useLocale();
  const titleId = useId();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ListRoot {...rest} ref={ref} aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      <Items>
        {promises.map((promise) => (
          <Item key={promise.id}>
            <p data-text="">{promise.text}</p>
            {promise.compensation && <p>{t('promise.compensation', { compensation: promise.compensation })}</p>}
            {promise.description && <p>{promise.description}</p>}
            {promise.record && promise.record.total > 0 && (
              <p data-record="">
                {t('promise.listRecord', {
                  count: promise.record.total,
                  percent: percent.format(promise.record.kept / promise.record.total),
                  period: promise.record.period,
                })}
              </p>
            )}
          </Item>
        ))}
      </Items>
    </ListRoot>
  );
});
