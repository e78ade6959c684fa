export type PageRangeItem = number | 'ellipsis-start' | 'ellipsis-end';

/**
 * The pages to show: always the first and last, the current page with `siblings` pages on each side, and an
 * ellipsis where more than one page is left out (a single left-out page is shown instead of an ellipsis).
 */
export function pageRange(page: number, total: number, siblings: number): PageRangeItem[] {
  if (total <= 0) return [];
  const start = Math.max(2, Math.min(page - siblings, total - 1 - 2 * siblings));
  const end = Math.min(total - 1, Math.max(page + siblings, 2 + 2 * siblings));
  const items: PageRangeItem[] = [1];
  if (start > 3) items.push('ellipsis-start');
  else if (start === 3) items.push(2);
  for (let p = start; p <= end; p += 1) items.push(p);
  if (end < total - 2) items.push('ellipsis-end');
  else if (end === total - 2) items.push(total - 1);
  if (total > 1) items.push(total);
  return items;
}
