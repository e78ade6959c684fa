import { styled } from '../internal/static-styled';

export const FieldsetRoot = styled.fieldset`
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-3);
  min-width: 0;
  max-width: 100%;
  margin: 0;
  padding: 0;
  border: 0;
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);

  & > legend + * {
    margin-top: 0;
  }
  &[data-invalid] {
    padding-left: var(--polku-space-4);
    border-left: var(--polku-border-width-thick) solid var(--polku-color-feedback-error-border);
  }
  @media (forced-colors: active) {
    &[data-invalid] {
      border-left-color: CanvasText;
    }
  }
`;

/** Wrapper of the grouped controls: a column, or a wrapping row when horizontal. */
export const FieldsetItems = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-3);
  min-width: 0;

  &[data-orientation='horizontal'] {
    flex-flow: row wrap;
    column-gap: var(--polku-space-6);
  }
`;
