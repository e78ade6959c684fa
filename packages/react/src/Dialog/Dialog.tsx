import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  type DialogHTMLAttributes,
  type KeyboardEvent,
  type Ref,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { requireText } from '../internal';
import { lockPageScroll } from '../internal/scroll-lock';
import { tabbableIn } from '../internal/polku-focusable';
import { useMessages } from '../PolkuProvider/context';
import { dialogMessages } from './Dialog.messages';
import {
  DialogBody,
  DialogClose,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  StyledDialog,
} from './Dialog.styles';

export interface DialogOwnProps {
  /** Whether the dialog is open. Opening moves focus in; closing returns it to the element that had it before. */
  open: boolean;
  /** Called when the user asks to close: the close button, Escape. Set `open` to false in response. */
  onClose: () => void;
  /** The visible heading; it names the dialog. Required. */
  title: string;
  /** Optional short description under the title; it becomes the dialog's accessible description. */
  description?: ReactNode;
  /** Dialog content. Focus goes to the first focusable element of content or footer (else the close button). */
  children?: ReactNode;
  /** Actions at the bottom, such as Cancel and Confirm buttons. */
  footer?: ReactNode;
}

export type DialogProps = DialogOwnProps &
  Omit<DialogHTMLAttributes<HTMLDialogElement>, keyof DialogOwnProps | 'onCancel'>;

/**
 * A modal dialog built on the native `<dialog>` and `showModal()`: the rest of the page is inert, focus moves in, is
 * kept inside (Tab wraps), Escape closes, and focus returns to the opener.
 */
export const Dialog = forwardRef<HTMLDialogElement, DialogProps>(function Dialog(props, ref) {
  const { open, onClose, title, description, children, footer, onKeyDown, ...rest } = props;
  requireText('Dialog', 'title', title);
  const t = useMessages(dialogMessages);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => dialogRef.current as HTMLDialogElement);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const unlockScroll = lockPageScroll(dialog.ownerDocument);
    const first = tabbableIn(dialog).find((element) => element !== closeRef.current);
    (first ?? closeRef.current ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      unlockScroll();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // The browser closes the dialog on Escape; keep it controlled by `open` instead.
    event.preventDefault();
    onClose();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const tabbable = tabbableIn(dialogRef.current);
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <StyledDialog
      {...rest}
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      aria-modal="true"
      onCancel={onCancel}
      onKeyDown={handleKeyDown}
    >
      {open && (
        <DialogContent
          title={title}
          titleId={titleId}
          description={description}
          descriptionId={descriptionId}
          closeRef={closeRef}
          closeLabel={t('dialog.close')}
          onClose={onClose}
          footer={footer}
        >
          {children}
        </DialogContent>
      )}
    </StyledDialog>
  );
});

interface DialogContentProps extends Pick<DialogOwnProps, 'title' | 'description' | 'children' | 'footer' | 'onClose'> {
  titleId: string;
  descriptionId: string;
  closeLabel: string;
  closeRef?: Ref<HTMLButtonElement>;
}

/** What an open Dialog shows; also rendered hidden by components that warm it up before the first open (DatePicker). */
export function DialogContent({ title, titleId, description, descriptionId, closeRef, closeLabel, onClose, children, footer }: DialogContentProps) {
  return (
    <>
      <DialogHeader>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogClose ref={closeRef} icon="close" label={closeLabel} onClick={onClose} />
      </DialogHeader>
      {description && <DialogDescription id={descriptionId}>{description}</DialogDescription>}
      <DialogBody>{children}</DialogBody>
      {footer && <DialogFooter>{footer}</DialogFooter>}
    </>
  );
}
