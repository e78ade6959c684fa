import {
  forwardRef,
  useId,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { isKnownValue, oneOf, requireText } from '../internal';
import { rovingIndex } from '../internal/polku-roving-index';
import { StyledTab, StyledTabList, StyledTabPanel, StyledTabs } from './Tabs.styles';

export const tabsActivations = ['automatic', 'manual'] as const;
export type TabsActivation = (typeof tabsActivations)[number];
export const tabsOrientations = ['horizontal', 'vertical'] as const;
export type TabsOrientation = (typeof tabsOrientations)[number];

export interface TabItem {
  /** Stable value identifying the tab; used by `value`, `defaultValue` and `onValueChange`. */
  value: string;
  /** The visible tab label (its accessible name). */
  label: ReactNode;
  /** Panel content shown while the tab is selected. */
  content: ReactNode;
  /** Disabled tabs are skipped by the arrow keys and cannot be selected. */
  disabled?: boolean;
}

export interface TabsOwnProps {
  /** Accessible name of the tab list, e.g. "Account settings". Required. */
  label: string;
  /** The tabs and their panels, in order. */
  items: readonly TabItem[];
  /** Selected tab (controlled). Use with `onValueChange`. */
  value?: string;
  /** Initially selected tab (uncontrolled). Defaults to the first enabled tab. */
  defaultValue?: string;
  /** Called with the value of the newly selected tab. */
  onValueChange?: (value: string) => void;
  /**
   * `automatic` (default) selects a tab as soon as it receives focus with the arrow keys; `manual` only moves focus,
   * and Enter or Space selects. Use `manual` when showing a panel is slow.
   */
  activation?: TabsActivation;
  /**
   * `horizontal` (default): tabs in a row, Left/Right arrows. `vertical`: tabs in a column beside the panel, Up/Down
   * arrows; where there is no room beside it (narrow screens), the panel wraps below the column.
   */
  orientation?: TabsOrientation;
}

export type TabsProps = TabsOwnProps & Omit<HTMLAttributes<HTMLDivElement>, keyof TabsOwnProps | 'onChange'>;

/**
 * Tabs following the WAI-ARIA Authoring Practices: tablist, roving tabindex, arrow keys (Left/Right, or Up/Down when
 * vertical), Home and End.
 */
export const Tabs = forwardRef<HTMLDivElement, TabsProps>(function Tabs(props, ref) {
  const { label, items, value, defaultValue, onValueChange, activation, orientation, ...rest } = props;
  requireText('Tabs', 'label', label);
  const resolvedActivation = oneOf('Tabs', 'activation', activation, tabsActivations, 'automatic');
  const resolvedOrientation = oneOf('Tabs', 'orientation', orientation, tabsOrientations, 'horizontal');
  // written only when vertical: horizontal is the default of both the styles and aria-orientation on a tablist
  const vertical = resolvedOrientation === 'vertical' ? 'vertical' : undefined;
  const baseId = useId();
  const values = items.map((item) => item.value);
  const firstEnabled = items.find((item) => !item.disabled)?.value;
  const [uncontrolled, setUncontrolled] = useState(defaultValue ?? firstEnabled);
  const selected = value !== undefined ? value : uncontrolled;
  isKnownValue(
    'Tabs',
    value !== undefined ? 'value' : 'defaultValue',
    value !== undefined ? value : defaultValue,
    values,
    'the first enabled tab is shown',
  );
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  // An unknown value shows the first enabled tab (the default), never a disabled one.
  const found = selected === undefined ? -1 : values.indexOf(selected);
  const selectedIndex = found !== -1 ? found : Math.max(0, items.findIndex((item) => !item.disabled));
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  // The tab in the tab sequence: the selected one, or in manual mode the one that has focus.
  const tabStop = focusIndex ?? selectedIndex;

  const select = (next: string) => {
    if (next === selected) return;
    if (value === undefined) setUncontrolled(next);
    onValueChange?.(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = rovingIndex(
      event.key,
      index,
      items.map((item) => Boolean(item.disabled)),
      resolvedOrientation,
    );
    if (next === null) return;
    event.preventDefault();
    tabRefs.current[next]?.focus();
    setFocusIndex(next);
    const nextItem = items[next];
    if (resolvedActivation === 'automatic' && nextItem) select(nextItem.value);
  };

  const tabId = (index: number) => `${baseId}-tab-${index}`;
  const panelId = (index: number) => `${baseId}-panel-${index}`;

  return (
    <StyledTabs {...rest} ref={ref} data-orientation={vertical}>
      <StyledTabList
        role="tablist"
        aria-label={label}
        aria-orientation={vertical}
        onBlur={() => setFocusIndex(null)}
      >
        {items.map((item, index) => {
          const isSelected = index === selectedIndex;
          return (
            <StyledTab
              key={item.value}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={tabId(index)}
              aria-selected={isSelected}
              aria-controls={panelId(index)}
              aria-disabled={item.disabled || undefined}
              tabIndex={index === tabStop ? 0 : -1}
              onClick={() => {
                if (item.disabled) return;
                setFocusIndex(index);
                select(item.value);
              }}
              onFocus={() => setFocusIndex(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {item.label}
            </StyledTab>
          );
        })}
      </StyledTabList>
      {items.map((item, index) => (
        <StyledTabPanel
          key={item.value}
          role="tabpanel"
          id={panelId(index)}
          aria-labelledby={tabId(index)}
          tabIndex={0}
          hidden={index !== selectedIndex}
        >
          {item.content}
        </StyledTabPanel>
      ))}
    </StyledTabs>
  );
});
