import { styled } from '../internal/static-styled';
import { controlBox, controlText, controlWidth } from '../Field/Field.styles';

export const TextFieldInput = styled.input`
  ${controlText}

  &[type='number'] {
    font-variant-numeric: tabular-nums;
  }
`;

/** With a prefix or suffix, the frame moves to this box and the input inside it loses its own border. */
export const TextFieldAffixBox = styled.div`
  ${controlBox}
  ${controlWidth}
  align-items: stretch;

  & > input {
    border-radius: var(--polku-radius-control);
  }
`;

export const TextFieldAffix = styled.span`
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  padding: 0 var(--polku-space-3);
  background: var(--polku-color-surface-subtle);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  white-space: nowrap;

  &[data-side='prefix'] {
    border-right: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
    border-radius: var(--polku-radius-control) 0 0 var(--polku-radius-control);
  }
  &[data-side='suffix'] {
    border-left: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
    border-radius: 0 var(--polku-radius-control) var(--polku-radius-control) 0;
  }
  @media (forced-colors: active) {
    border-color: FieldText;
  }
`;
