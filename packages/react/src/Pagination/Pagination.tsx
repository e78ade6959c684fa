import { forwardRef, useState, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { Icon } from '../Icon';
import { inRange, isInRange, warnProp } from '../internal';
import { useMessages } from '../PolkuProvider/context';
import { paginationMessages } from './Pagination.messages';
import { pageRange } from './pageRange';
import { PageControl, PageEllipsis, PaginationList, StyledPagination } from './Pagination.styles';

export interface PaginationOwnProps {
  /** Number of pages (at least 1). */
  totalPages: number;
  /** Current page, 1-based (controlled). Use with `onPageChange`. */
  page?: number;
  /** Initial page, 1-based (uncontrolled). Default 1. */
  defaultPage?: number;
  /** Called with the chosen page. With `getHref`, call `event.preventDefault()` here for client-side routing. */
  onPageChange?: (page: number, event: MouseEvent<HTMLElement>) => void;
  /** When given, pages are links to these addresses (works without JavaScript); otherwise buttons. */
  getHref?: (page: number) => string;
  /** Pages shown on each side of the current one before an ellipsis. Default 1. */
  siblingCount?: number;
  /** Accessible name of the navigation; defaults to "Pagination" / "Sivutus" / "Sidnavigering". */
  label?: string;
}

export type PaginationProps = PaginationOwnProps &
  Omit<HTMLAttributes<HTMLElement>, keyof PaginationOwnProps | 'children'>;

/** Page navigation: previous / next, numbered pages named "Page 3 of 10", the current page marked with aria-current. */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(props, ref) {
  const { totalPages, page, defaultPage = 1, onPageChange, getHref, siblingCount = 1, label, ...rest } = props;
  const t = useMessages(paginationMessages);
  let total = totalPages;
  if (!isInRange(totalPages, { min: 1, integer: true })) {
    total = Number.isFinite(totalPages) && totalPages >= 1 ? Math.floor(totalPages) : 1;
    warnProp('Pagination', 'totalPages', totalPages, 'must be a whole number of at least 1', `using ${total}`);
  }
  const [uncontrolled, setUncontrolled] = useState(defaultPage);
  const wanted = page ?? uncontrolled;
  if (!isInRange(wanted, { min: 1, max: total, integer: true })) {
    warnProp('Pagination', page === undefined ? 'defaultPage' : 'page', wanted, `must be a whole number from 1 to ${total}`, 'showing the nearest page');
  }
  const current = Number.isFinite(wanted) ? Math.min(Math.max(1, Math.round(wanted)), total) : 1;
  const siblings = inRange('Pagination', 'siblingCount', siblingCount, { min: 0, integer: true }, 'using 1') ?? 1;

  const go = (target: number, event: MouseEvent<HTMLElement>) => {
    if (target < 1 || target > total || target === current) return;
    onPageChange?.(target, event);
    // With links, the browser navigates unless the handler prevented it (client-side routing).
    if (page === undefined && (!getHref || event.defaultPrevented)) setUncontrolled(target);
  };

  const control = (target: number, content: ReactNode, extra: Record<string, unknown>) => {
    const disabled = target < 1 || target > total;
    if (getHref) {
      return disabled ? (
        <PageControl as="a" role="link" aria-disabled="true" {...extra}>
          {content}
        </PageControl>
      ) : (
        <PageControl as="a" href={getHref(target)} onClick={(event: MouseEvent<HTMLElement>) => go(target, event)} {...extra}>
          {content}
        </PageControl>
      );
    }
    return (
      <PageControl type="button" disabled={disabled} onClick={(event: MouseEvent<HTMLElement>) => go(target, event)} {...extra}>
        {content}
      </PageControl>
    );
  };

  return (
    <StyledPagination aria-label={label ?? t('pagination.label')} {...rest} ref={ref}>
      <PaginationList>
        <li>
          {control(
            current - 1,
            <>
              <Icon name="chevron-left" size="s" />
              <span>{t('pagination.previous')}</span>
            </>,
            { 'data-step': '' },
          )}
        </li>
        {pageRange(current, total, siblings).map((item) =>
          typeof item === 'number' ? (
            <li key={item}>
              {control(item, item, {
                'aria-label': t('pagination.page', { page: item, total }),
                'aria-current': item === current ? 'page' : undefined,
              })}
            </li>
          ) : (
            <PageEllipsis key={item} aria-hidden="true">
              …
            </PageEllipsis>
          ),
        )}
        <li>
          {control(
            current + 1,
            <>
              <span>{t('pagination.next')}</span>
              <Icon name="chevron-right" size="s" />
            </>,
            { 'data-step': '' },
          )}
        </li>
      </PaginationList>
    </StyledPagination>
  );
});
