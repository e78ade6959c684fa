import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useMessages } from '../PolkuProvider/context';
import { ErrorIcon } from '../Field/ErrorIcon';
import { useMergedRef } from '../Field/hooks';
import { errorSummaryMessages } from './ErrorSummary.messages';
import { ErrorSummaryLink, ErrorSummaryList, ErrorSummaryRoot, ErrorSummaryTitle } from './ErrorSummary.styles';

export interface ErrorSummaryItem {
  /** Id of the field with the problem (a TextField's `id`, a CheckboxGroup's first input…); the link targets `#id`. */
  fieldId: string;
  /** The same message as shown at the field. */
  message: ReactNode;
}

export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /** The problems, in the order of the fields on the page. Nothing renders while the list is empty. */
  errors: readonly ErrorSummaryItem[];
  /** Heading; defaults to "There is a problem" / "Tarkista seuraavat kohdat" / "Kontrollera följande". */
  title?: ReactNode;
  /** Optional text under the heading. */
  description?: ReactNode;
  /** Move focus to the summary when it mounts with errors and whenever errors appear. Default true. */
  moveFocus?: boolean;
}

/** Moves focus to the field (after scrolling its label or legend into view) instead of only jumping to the anchor. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const target = document.getElementById(fieldId);
  if (!target) return;
  event.preventDefault();
  const labelled =
    target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (labelled ?? target).scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * Lists every problem after a failed submit, as GOV.UK does: a labelled region with a heading, focused when it
 * appears (no `role="alert"`, so the heading and list are read once, in order), with links that move focus to each
 * field. Other attributes go to the `<section>`, which receives the ref.
 */
export const ErrorSummary = forwardRef<HTMLElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, title, description, moveFocus = true, ...rest },
  ref,
) {
  const t = useMessages(errorSummaryMessages);
  const headingId = useId();
  const own = useRef<HTMLElement>(null);
  const mergedRef = useMergedRef(ref, own);
  const hasErrors = errors.length > 0;
  const signature = errors.map((error) => error.fieldId).join('\u0000');
  useEffect(() => {
    if (moveFocus && hasErrors) own.current?.focus();
  }, [moveFocus, hasErrors, signature]);
  if (!hasErrors) return null;
  return (
    <ErrorSummaryRoot {...rest} ref={mergedRef} tabIndex={-1} aria-labelledby={headingId}>
      <ErrorSummaryTitle id={headingId}>
        <ErrorIcon size="l" />
        {title ?? t('errorSummary.title')}
      </ErrorSummaryTitle>
      {description && <p>{description}</p>}
      <ErrorSummaryList>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <ErrorSummaryLink href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </ErrorSummaryLink>
          </li>
        ))}
      </ErrorSummaryList>
    </ErrorSummaryRoot>
  );
});
