import { forwardRef, useId, useRef, useState, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { devWarn } from '../internal';
import { Icon } from '../Icon';
import { rovingIndex } from '../internal/polku-roving-index';
import { AccordionButton, AccordionHeading, AccordionPanel, StyledAccordion } from './Accordion.styles';

export type AccordionHeadingLevel = 2 | 3 | 4 | 5 | 6;
const headingLevels: readonly number[] = [2, 3, 4, 5, 6];

export interface AccordionItem {
  /** Stable value identifying the section; used by `value`, `defaultValue` and `onValueChange`. */
  value: string;
  /** The heading text; it names the toggle button and the section. */
  title: ReactNode;
  /** Content shown while the section is expanded. */
  content: ReactNode;
  /** A disabled section cannot be toggled. */
  disabled?: boolean;
}

export interface AccordionOwnProps {
  /**
   * Level of the section headings (`h2`–`h6`), so the accordion fits the page outline. Required: the right level
   * depends on where the accordion is placed.
   */
  headingLevel: AccordionHeadingLevel;
  /** The sections, in order. */
  items: readonly AccordionItem[];
  /** Allow several sections open at once. By default opening one closes the others. */
  multiple?: boolean;
  /** Expanded sections (controlled). Use with `onValueChange`. */
  value?: readonly string[];
  /** Initially expanded sections (uncontrolled). */
  defaultValue?: readonly string[];
  /** Called with the values of the expanded sections after a toggle. */
  onValueChange?: (value: string[]) => void;
}

export type AccordionProps = AccordionOwnProps &
  Omit<HTMLAttributes<HTMLDivElement>, keyof AccordionOwnProps | 'onChange'>;

/**
 * Accordion following the WAI-ARIA Authoring Practices: each header is a button inside a heading, with
 * `aria-expanded` and `aria-controls`; Up/Down/Home/End move between headers.
 */
export const Accordion = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(props, ref) {
  const { headingLevel, items, multiple = false, value, defaultValue, onValueChange, ...rest } = props;
  let level = headingLevel;
  if (!headingLevels.includes(headingLevel)) {
    devWarn(`Accordion: unknown headingLevel "${String(headingLevel)}"; expected one of 2, 3, 4, 5, 6. Using "3".`);
    level = 3;
  }
  const baseId = useId();
  const [uncontrolled, setUncontrolled] = useState<readonly string[]>(defaultValue ?? []);
  const expanded = value ?? uncontrolled;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const toggle = (item: AccordionItem) => {
    const isOpen = expanded.includes(item.value);
    let next: string[];
    if (isOpen) next = expanded.filter((v) => v !== item.value);
    else next = multiple ? [...expanded, item.value] : [item.value];
    if (value === undefined) setUncontrolled(next);
    onValueChange?.(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = rovingIndex(
      event.key,
      index,
      items.map(() => false),
      'vertical',
    );
    if (next === null) return;
    event.preventDefault();
    buttons.current[next]?.focus();
  };

  return (
    <StyledAccordion {...rest} ref={ref}>
      {items.map((item, index) => {
        const isOpen = expanded.includes(item.value);
        const buttonId = `${baseId}-button-${index}`;
        const panelId = `${baseId}-panel-${index}`;
        return (
          <div key={item.value} data-expanded={isOpen ? '' : undefined}>
            <AccordionHeading as={`h${level}`}>
              <AccordionButton
                ref={(element) => {
                  buttons.current[index] = element;
                }}
                type="button"
                id={buttonId}
                aria-expanded={isOpen}
                aria-controls={panelId}
                aria-disabled={item.disabled || undefined}
                onClick={() => {
                  if (!item.disabled) toggle(item);
                }}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                <span>{item.title}</span>
                <Icon name="chevron-down" />
              </AccordionButton>
            </AccordionHeading>
            <AccordionPanel id={panelId} role="region" aria-labelledby={buttonId} hidden={!isOpen}>
              {item.content}
            </AccordionPanel>
          </div>
        );
      })}
    </StyledAccordion>
  );
});
