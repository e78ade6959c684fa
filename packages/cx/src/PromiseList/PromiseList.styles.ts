import { styled } from 'styled-components';

export const ListRoot = styled.section`
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);
  line-height: var(--polku-font-line-height-normal);

  & > h2,
  & > h3,
  & > h4,
  & > h5,
  & > h6 {
    margin: 0 0 var(--polku-space-3);
    font-family: var(--polku-font-family-heading);
    font-size: var(--polku-font-size-xl);
  }
`;

export const Items = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  gap: var(--polku-space-3);
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Item = styled.li`
  box-sizing: border-box;
  display: grid;
  align-content: start;
  gap: var(--polku-space-1);
  padding: var(--polku-space-4);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-inline-start-width: var(--polku-space-1);
  border-radius: var(--polku-radius-m);
  background: var(--polku-color-surface-raised);
  overflow-wrap: anywhere;

  & p {
    margin: 0;
    font-size: var(--polku-font-size-s);
  }
  & [data-text] {
    font-size: var(--polku-font-size-l);
    font-weight: var(--polku-font-weight-semibold);
  }
  & [data-record] {
    color: var(--polku-color-text-muted);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;
