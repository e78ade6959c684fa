import { styled } from '../internal/static-styled';

/** The drop target around the choose button; dashed, and filled while files are dragged over it. */
export const FileInputDropZone = styled.div`
  box-sizing: border-box;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--polku-space-3);
  max-width: 100%;
  padding: var(--polku-space-4);
  border: var(--polku-border-width-thick) dashed var(--polku-color-border-strong);
  border-radius: var(--polku-radius-m);
  background: var(--polku-color-surface-default);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);

  &[data-invalid] {
    border-color: var(--polku-color-feedback-error-border);
  }
  &[data-dragging] {
    border-style: solid;
    border-color: var(--polku-color-focus-ring);
    background: var(--polku-color-surface-selected);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
    &[data-dragging] {
      border-color: Highlight;
    }
  }
`;

export const FileInputList = styled.ul`
  display: grid;
  gap: var(--polku-space-2);
  max-width: 100%;
  margin: var(--polku-space-3) 0 0;
  padding: 0;
  list-style: none;
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);

  & > li {
    display: flex;
    align-items: center;
    gap: var(--polku-space-3);
    min-width: 0;
    padding: var(--polku-space-2) var(--polku-space-2) var(--polku-space-2) var(--polku-space-3);
    border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
    border-radius: var(--polku-radius-s);
    background: var(--polku-color-surface-subtle);
  }
  & [data-file-name] {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
    font-weight: var(--polku-font-weight-medium);
  }
  & [data-file-size] {
    flex-shrink: 0;
    color: var(--polku-color-text-muted);
    font-size: var(--polku-font-size-s);
  }
  @media (forced-colors: active) {
    & > li {
      border-color: CanvasText;
    }
  }
`;

/** One message per rejected file, each on its own line inside the field's error. */
export const FileInputErrorLine = styled.span`
  display: block;
`;
