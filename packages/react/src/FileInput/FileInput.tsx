import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type DragEvent,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { Button } from '../Button';
import { Field } from '../Field/Field';
import { hasContent, joinIds, useControllableState, useFieldIds, useMergedRef } from '../Field/hooks';
import { Icon } from '../Icon';
import { IconButton } from '../IconButton';
import { devWarn, requireText } from '../internal/dev';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { useLocale, useMessages } from '../PolkuProvider/context';
import { fileInputMessages } from './FileInput.messages';
import { FileInputDropZone, FileInputErrorLine, FileInputList } from './FileInput.styles';
import { describeAccept, formatFileSize, sortPicked, type FileRejection } from './fileRules';

export interface FileInputOwnProps {
  /** Visible label; required, it is the accessible name. */
  label: ReactNode;
  /** Help text, e.g. which files are accepted and how large they may be. */
  hint?: ReactNode;
  /** Your own error message (shown before the messages about rejected files). */
  error?: ReactNode;
  /** Marks the field required: visible "(required)" text. */
  required?: boolean;
  /** File types, as for the native input: `.pdf,image/*,application/pdf`. Others are rejected with a message. */
  accept?: string;
  /** Largest size of one file in bytes; larger files are rejected with a message naming the file. */
  maxSize?: number;
  /** With `multiple`, how many files may be chosen in all (default: no limit). Without `multiple` it is one. */
  maxFiles?: number;
  /** Allows choosing several files at once (and adding more later). */
  multiple?: boolean;
  /** Controlled list of chosen files. */
  value?: File[];
  /** Initially chosen files when uncontrolled. */
  defaultValue?: File[];
  /** Called with the whole new list when files are added or removed. */
  onChange?: (files: File[]) => void;
  /** Called with the files that were not added and why (`type`, `size`, `count`). */
  onReject?: (rejections: FileRejection[]) => void;
  /** Form field name: the chosen files go with a native form submission. */
  name?: string;
  /** Disables choosing and removing. */
  disabled?: boolean;
  /** Id of the choose button (defaults to a generated one); error summary links point to it. */
  id?: string;
}

export type FileInputProps = FileInputOwnProps &
  Omit<HTMLAttributes<HTMLDivElement>, keyof FileInputOwnProps | 'children' | 'onChange'>;

/**
 * Choose files by button or by dragging them onto the field; accepted type, size and count are checked and every
 * rejected file is named in the error. Chosen files are listed with remove buttons and kept in state, so a re-render
 * never loses them. `className`, `style` and other attributes go to the wrapper; the ref to the choose button.
 */
// forwardRef, not withRef: the rest props go to the wrapper, and on React 19 withRef would leave `ref` among them
export const FileInput = forwardRef<HTMLButtonElement, FileInputProps>(function FileInput(props, ref) {
  const {
    label,
    hint,
    error,
    required,
    accept,
    maxSize,
    maxFiles: maxFilesProp,
    multiple = false,
    value,
    defaultValue = [],
    onChange,
    onReject,
    name,
    disabled,
    id,
    ...rest
  } = props;
  requireText('FileInput', 'label', label);
  // without `multiple` there is one file, whatever `maxFiles` says
  const maxFiles = multiple ? (maxFilesProp ?? Infinity) : 1;
  if (maxFilesProp !== undefined && !(maxFilesProp >= 1)) devWarn(`FileInput: \`maxFiles\` must be 1 or more (got ${maxFilesProp}).`);
  if (maxSize !== undefined && !(maxSize > 0)) devWarn(`FileInput: \`maxSize\` must be a positive number of bytes (got ${maxSize}).`);
  const t = useMessages(fileInputMessages);
  const locale = useLocale();
  const ids = useFieldIds(id);
  const chooseTextId = `${ids.id}-choose`;
  const [files, setFiles] = useControllableState(value, defaultValue, onChange);
  const [rejections, setRejections] = useState<FileRejection[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const mergedRef = useMergedRef(ref, buttonRef);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useRef<number | null>(null);

  // a native form submission carries the files in state (where DataTransfer exists: every current browser)
  useEffect(() => {
    if (name === undefined || !inputRef.current || typeof DataTransfer === 'undefined') return;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    inputRef.current.files = transfer.files;
  }, [files, name]);

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll('button');
    const target = buttons?.[Math.min(index, buttons.length - 1)] ?? buttonRef.current;
    target?.focus();
  }, [files]);

  const rejectionText = (rejection: FileRejection) => {
    const fileName = rejection.file.name;
    if (rejection.reason === 'type') return t('fileInput.wrongType', { name: fileName, types: describeAccept(accept) });
    if (rejection.reason === 'size') {
      return t('fileInput.tooLarge', {
        name: fileName,
        size: formatFileSize(rejection.file.size, locale),
        max: formatFileSize(maxSize ?? 0, locale),
      });
    }
    return t('fileInput.tooMany', { name: fileName, count: maxFiles });
  };

  const add = (picked: File[]) => {
    if (disabled || picked.length === 0) return;
    // without `multiple`, a new pick replaces the one file
    const kept = multiple ? files : [];
    const { added, rejected } = sortPicked(picked, kept.length, { accept, maxSize, maxFiles });
    setRejections(rejected);
    if (added.length > 0) setFiles([...kept, ...added]);
    if (rejected.length > 0) onReject?.(rejected);
    const parts = [added.length > 0 ? t('fileInput.added', { count: added.length }) : '', ...rejected.map(rejectionText)];
    setAnnouncement(parts.filter(Boolean).join(' '));
  };
  const remove = (index: number) => {
    const file = files[index]!;
    focusAfterRemove.current = index;
    setRejections([]);
    setFiles(files.filter((_, i) => i !== index));
    setAnnouncement(t('fileInput.removed', { name: file.name }));
  };
  const handlePick = (event: ChangeEvent<HTMLInputElement>) => {
    add(Array.from(event.target.files ?? []));
    // lets the same file be picked again after it was removed
    if (name === undefined) event.target.value = '';
  };
  const dragHandlers = disabled
    ? {}
    : {
        onDragOver: (event: DragEvent<HTMLDivElement>) => {
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: (event: DragEvent<HTMLDivElement>) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        },
        onDrop: (event: DragEvent<HTMLDivElement>) => {
          event.preventDefault();
          setDragging(false);
          add(Array.from(event.dataTransfer.files));
        },
      };

  const invalid = hasContent(error) || rejections.length > 0;
  const shownError = invalid ? (
    <>
      {hasContent(error) && <FileInputErrorLine>{error}</FileInputErrorLine>}
      {rejections.map((rejection, index) => (
        <FileInputErrorLine key={`${rejection.file.name}-${index}`}>{rejectionText(rejection)}</FileInputErrorLine>
      ))}
    </>
  ) : undefined;
  const many = maxFiles > 1;

  return (
    <Field {...rest} ids={ids} label={label} hint={hint} error={shownError} required={required}>
      <FileInputDropZone data-dragging={dragging ? '' : undefined} data-invalid={invalid ? '' : undefined} {...dragHandlers}>
        <Button
          ref={mergedRef}
          id={ids.id}
          variant="secondary"
          iconStart={<Icon name="plus" size="m" />}
          disabled={disabled}
          aria-labelledby={`${ids.labelId} ${chooseTextId}`}
          aria-describedby={joinIds(hasContent(hint) && ids.hintId, invalid && ids.errorId)}
          onClick={() => inputRef.current?.click()}
        >
          <span id={chooseTextId}>{t(many ? 'fileInput.chooseMany' : 'fileInput.chooseOne')}</span>
        </Button>
        <span>{t(many ? 'fileInput.dropMany' : 'fileInput.dropOne')}</span>
        <input
          ref={inputRef}
          type="file"
          hidden
          tabIndex={-1}
          name={name}
          accept={accept}
          multiple={multiple}
          disabled={disabled}
          onChange={handlePick}
        />
      </FileInputDropZone>
      {files.length > 0 && (
        <FileInputList ref={listRef} aria-label={t('fileInput.listLabel')}>
          {files.map((file, index) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}-${index}`}>
              <span data-file-name="">{file.name}</span>
              <span data-file-size="">{formatFileSize(file.size, locale)}</span>
              <IconButton
                icon="close"
                size="s"
                label={t('fileInput.remove', { name: file.name })}
                disabled={disabled}
                onClick={() => remove(index)}
              />
            </li>
          ))}
        </FileInputList>
      )}
      <VisuallyHiddenText aria-live="polite">{announcement}</VisuallyHiddenText>
    </Field>
  );
});
