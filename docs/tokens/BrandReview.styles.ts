import { styled } from 'styled-components';

/** A disclosure whose summary is a comfortable target with a visible focus ring. */
export const Disclosure = styled.details`
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);
  margin-block: var(--polku-space-2);

  & > summary {
    display: list-item;
    min-block-size: var(--polku-size-target-comfortable);
    padding-block: var(--polku-space-2);
    box-sizing: border-box;
    cursor: pointer;
    font-weight: var(--polku-font-weight-semibold);
  }
  & > summary:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }
`;

export const Controls = styled.div`
  display: grid;
  gap: var(--polku-space-4);
  margin-block-end: var(--polku-space-5);
`;
