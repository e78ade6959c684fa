import { staticStyled as styled } from '@polku/react/internal';

/** The root is a size container: with orientation `auto` the list turns vertical when the container is narrow. */
export const StepsRoot = styled.div`
  container-type: inline-size;
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);
`;

export const StepList = styled.ol`
  display: flex;
  flex-direction: row;
  gap: var(--polku-space-3);
  margin: 0;
  padding: 0;
  list-style: none;

  &[data-orientation='vertical'] {
    flex-direction: column;
  }
  @container (max-width: 40rem) {
    &[data-orientation='auto'] {
      flex-direction: column;
    }
  }
`;

export const Step = styled.li`
  box-sizing: border-box;
  flex: 1 1 0;
  min-width: 0;
  display: grid;
  grid-template-columns: auto minmax(0, 1fr);
  gap: var(--polku-space-1) var(--polku-space-2);
  align-items: start;
  padding-block-start: var(--polku-space-2);
  border-block-start: var(--polku-border-width-thick) solid var(--polku-color-border-default);
  font-size: var(--polku-font-size-s);
  line-height: var(--polku-font-line-height-normal);

  &[data-state='complete'] {
    border-block-start-color: var(--polku-color-feedback-success-border);
  }
  &[data-state='current'] {
    border-block-start-width: var(--polku-space-1);
    border-block-start-color: var(--polku-color-border-strong);
  }
  &[data-state='error'] {
    border-block-start-style: double;
    border-block-start-width: var(--polku-space-1);
    border-block-start-color: var(--polku-color-feedback-error-border);
  }
  &[data-state='skipped'],
  &[data-state='disabled'] {
    border-block-start-style: dashed;
    color: var(--polku-color-text-muted);
  }
  @media (forced-colors: active) {
    border-block-start-color: CanvasText;
    &[data-state='current'] {
      border-block-start-color: Highlight;
    }
  }
`;

export const Marker = styled.span`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: var(--polku-size-target-minimum);
  height: var(--polku-size-target-minimum);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
  border-radius: 50%;
  background: var(--polku-color-surface-default);
  font-weight: var(--polku-font-weight-bold);

  li[data-state='current'] > & {
    border-width: var(--polku-border-width-thick);
  }
  li[data-state='error'] > & {
    border-radius: var(--polku-radius-s);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const StepBody = styled.span`
  display: grid;
  gap: var(--polku-space-0);
  min-width: 0;
  overflow-wrap: anywhere;
`;

export const StepLabel = styled.span`
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
  li[data-state='current'] & {
    font-weight: var(--polku-font-weight-bold);
  }
  &:focus-visible,
  &:focus {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }
`;

export const StepMeta = styled.span`
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--polku-space-1);
  color: var(--polku-color-text-muted);
  li[data-state='current'] &,
  li[data-state='error'] & {
    color: var(--polku-color-text-default);
  }
`;
