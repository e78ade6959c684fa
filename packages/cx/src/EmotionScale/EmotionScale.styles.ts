import { staticStyled as styled } from '@polku/react/internal';

/** A face in the emotion colour; the text label beside it carries the meaning, so colour and shape are extras. */
export const Face = styled.svg`
  display: block;
  width: var(--polku-size-icon-l);
  height: var(--polku-size-icon-l);
  color: var(--polku-color-text-default);

  & [data-face-fill] {
    fill: var(--polku-color-emotion-neutral);
  }
  &[data-emotion='1'] [data-face-fill] {
    fill: var(--polku-color-emotion-very-negative);
  }
  &[data-emotion='2'] [data-face-fill] {
    fill: var(--polku-color-emotion-negative);
  }
  &[data-emotion='4'] [data-face-fill] {
    fill: var(--polku-color-emotion-positive);
  }
  &[data-emotion='5'] [data-face-fill] {
    fill: var(--polku-color-emotion-very-positive);
  }

  @media (forced-colors: active) {
    & [data-face-fill] {
      fill: Canvas;
    }
    color: CanvasText;
  }
`;
