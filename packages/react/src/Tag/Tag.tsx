import { forwardRef, type HTMLAttributes, type MouseEvent } from 'react';
import { Icon } from '../Icon';
import { requireText } from '../internal';
import { useMessages } from '../PolkuProvider/context';
import { tagMessages } from './Tag.messages';
import { StyledTag, TagLabel, TagRemove } from './Tag.styles';

export interface TagOwnProps {
  /** The tag's text; also names the remove button ("Remove Helsinki"). */
  children: string;
  /**
   * Makes the tag removable: shows a remove button named "Remove {label}" in the active locale. Remove the tag in
   * response and move focus to a sensible place (the next tag's button, or the field that adds tags).
   */
  onRemove?: (event: MouseEvent<HTMLButtonElement>) => void;
  /** Disables the remove button. */
  disabled?: boolean;
  /** Overrides the remove button's accessible name when "Remove {label}" does not fit. */
  removeLabel?: string;
}

export type TagProps = TagOwnProps & Omit<HTMLAttributes<HTMLSpanElement>, keyof TagOwnProps>;

/** A selected value or active filter, optionally removable. */
export const Tag = forwardRef<HTMLSpanElement, TagProps>(function Tag(
  { children, onRemove, disabled = false, removeLabel, ...rest },
  ref,
) {
  const t = useMessages(tagMessages);
  requireText('Tag', 'children', children);
  const removable = onRemove !== undefined;
  return (
    <StyledTag {...rest} ref={ref} data-removable={removable ? '' : undefined}>
      <TagLabel>{children}</TagLabel>
      {removable && (
        <TagRemove
          type="button"
          aria-label={removeLabel ?? t('tag.remove', { label: children })}
          disabled={disabled}
          onClick={onRemove}
        >
          <Icon name="close" size="s" />
        </TagRemove>
      )}
    </StyledTag>
  );
});
