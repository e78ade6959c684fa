import { styled } from '../internal/static-styled';
import { controlText } from '../Field/Field.styles';

export const SelectControl = styled.select`
  ${controlText}
  cursor: pointer;
  text-overflow: ellipsis;
`;
