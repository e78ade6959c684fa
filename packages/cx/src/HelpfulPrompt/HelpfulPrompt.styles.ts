import { staticStyled as styled } from '@polku/react/internal';

export const PromptRoot = styled.section`
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-3);
  padding: var(--polku-space-4);
  border-block-start: var(--polku-border-width-thick) solid var(--polku-color-border-strong);
  background: var(--polku-color-surface-subtle);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);

  @media (forced-colors: active) {
    border-block-start-color: CanvasText;
  }
`;

export const PromptRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--polku-space-3);
`;

export const PromptQuestion = styled.h2`
  margin: 0;
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
`;

export const PromptForm = styled.form`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--polku-space-3);
  margin: 0;
  & > * {
    align-self: stretch;
  }
  & > button {
    align-self: flex-start;
  }
`;
