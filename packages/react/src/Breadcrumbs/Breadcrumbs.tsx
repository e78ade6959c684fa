import { forwardRef, type AnchorHTMLAttributes, type HTMLAttributes, type ReactNode } from 'react';
import { requireText } from '../internal';
import { useMessages } from '../PolkuProvider/context';
import { breadcrumbsMessages } from './Breadcrumbs.messages';
import { BreadcrumbCurrent, BreadcrumbLink, BreadcrumbList, StyledBreadcrumbs } from './Breadcrumbs.styles';

export interface BreadcrumbItem {
  /** Visible text of the step. */
  label: string;
  /** Where the step leads. The last item (the current page) may omit it. */
  href?: string;
  /** Extra attributes for the link, e.g. a router's props. */
  linkProps?: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children'>;
}

export interface BreadcrumbsOwnProps {
  /** The path from the top level to the current page; the last item is the current page. */
  items: readonly BreadcrumbItem[];
  /** Accessible name of the navigation; defaults to "Breadcrumb" / "Murupolku" / "Brödsmulor". */
  label?: string;
  /** Not used; items are given with `items`. */
  children?: never;
}

export type BreadcrumbsProps = BreadcrumbsOwnProps & Omit<HTMLAttributes<HTMLElement>, keyof BreadcrumbsOwnProps>;

/** The page's place in the site hierarchy: a labelled `nav` with an ordered list; the last item is the current page. */
export const Breadcrumbs = forwardRef<HTMLElement, BreadcrumbsProps>(function Breadcrumbs(props, ref) {
  const { items, label, ...rest } = props;
  const t = useMessages(breadcrumbsMessages);
  items.forEach((item, index) => requireText('Breadcrumbs', `items[${index}].label`, item.label));
  return (
    <StyledBreadcrumbs aria-label={label ?? t('breadcrumbs.label')} {...rest} ref={ref}>
      <BreadcrumbList>
        {items.map((item, index) => {
          const current = index === items.length - 1;
          let content: ReactNode;
          if (item.href) {
            content = (
              <BreadcrumbLink {...item.linkProps} href={item.href} aria-current={current ? 'page' : undefined}>
                {item.label}
              </BreadcrumbLink>
            );
          } else {
            content = <BreadcrumbCurrent aria-current={current ? 'page' : undefined}>{item.label}</BreadcrumbCurrent>;
          }
          return <li key={`${index}-${item.label}`}>{content}</li>;
        })}
      </BreadcrumbList>
    </StyledBreadcrumbs>
  );
});
