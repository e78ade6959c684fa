import { styled } from '../internal/static-styled';
import { controlText } from '../Field/Field.styles';

export const TextAreaControl = styled.textarea`
  ${controlText}
  min-height: calc(var(--polku-size-control-m) * 2);
  resize: vertical;
`;
