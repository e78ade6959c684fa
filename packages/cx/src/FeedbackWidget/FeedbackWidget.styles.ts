import { staticStyled as styled } from '@polku/react/internal';

/** The widget: inline card, or (data-presentation="panel") a non-modal panel in the bottom inline-end corner. */
export const WidgetRoot = styled.section`
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-4);
  max-inline-size: 40rem;
  padding: var(--polku-space-5);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-l);
  background: var(--polku-color-surface-raised);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);

  &[data-presentation='panel'] {
    position: fixed;
    inset-block-end: var(--polku-space-5);
    inset-inline-end: var(--polku-space-5);
    z-index: var(--polku-z-index-sticky);
    inline-size: calc(100% - 2 * var(--polku-space-5));
    max-inline-size: 28rem;
    max-block-size: calc(100% - 2 * var(--polku-space-5));
    overflow: auto;
    box-shadow: var(--polku-shadow-l);
  }
  &[data-presentation='dialog'] {
    padding: 0;
    border: 0;
    background: transparent;
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const WidgetHeader = styled.div`
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: var(--polku-space-3);
`;

export const WidgetTitle = styled.h2`
  margin: 0;
  font-family: var(--polku-font-family-heading);
  font-size: var(--polku-font-size-l);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-tight);
`;

export const WidgetForm = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-5);
  margin: 0;
`;

export const WidgetActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--polku-space-3);
`;

export const WidgetApology = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-3);
  padding-inline-start: var(--polku-space-4);
  border-inline-start: var(--polku-border-width-thick) solid var(--polku-color-border-strong);
`;

export const WidgetApologyTitle = styled.h3`
  margin: 0;
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
`;

export const WidgetText = styled.p`
  margin: 0;
`;

/** The result area: focus moves here after sending so it is never lost. */
export const WidgetResult = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-3);
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }
`;

/** The customer's answer, kept on screen while it is not sent. */
export const WidgetSummary = styled.dl`
  display: grid;
  grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
  gap: var(--polku-space-1) var(--polku-space-3);
  margin: 0;
  padding: var(--polku-space-3);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-m);
  background: var(--polku-color-surface-default);
  overflow-wrap: anywhere;

  & dt {
    font-weight: var(--polku-font-weight-semibold);
  }
  & dd {
    margin: 0;
    white-space: pre-wrap;
  }
`;
