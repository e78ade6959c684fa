import { createRef, type ComponentPropsWithoutRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ServerStyleSheet, css, keyframes } from 'styled-components';
import { styled, type StaticInterpolation } from './static-styled';

const shared = css`
  &:focus-visible {
    outline: 2px solid var(--polku-test-ring);
  }
`;
const pulse = keyframes`
  to { opacity: 0.5; }
`;
const Box = styled.div`
  color: var(--polku-test-text);
  ${shared}
  animation: ${pulse} 1s;
`;
const Label = styled.span`
  font-weight: 600;
`;
const Row = styled.div`
  display: flex;
  ${Label} {
    color: var(--polku-test-label);
  }
`;
function Plain({ className, ...rest }: ComponentPropsWithoutRef<'p'>) {
  return <p data-plain="" className={className} {...rest} />;
}
const Wrapped = styled(Plain)`
  margin: 0;
`;
const Extended = styled(Box)`
  color: var(--polku-test-extended);
`;

function serverRender(ui: React.ReactElement) {
  const sheet = new ServerStyleSheet();
  try {
    return { html: renderToString(sheet.collectStyles(ui)), css: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}

describe('static styled', () => {
  it('gives every element of a component the same class, with className and other props passed through', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <>
        <Box ref={ref} className="extra" data-testid="one" id="x" />
        <Box data-testid="two" {...({ $hidden: 'no' } as object)} />
      </>,
    );
    const one = screen.getByTestId('one');
    const two = screen.getByTestId('two');
    expect(one.className).toBe(`${Box.styledComponentId} extra`);
    expect(two.className).toBe(Box.styledComponentId);
    expect(one).toHaveAttribute('id', 'x');
    expect(two).not.toHaveAttribute('$hidden');
    expect(ref.current).toBe(one);
  });

  it('renders `as` instead of its element, and hands `forwardedAs` to a wrapped component', () => {
    render(
      <>
        <Box as="section" data-testid="section" />
        <Box as={undefined} data-testid="default" />
        <Extended as="section" data-testid="extended" />
        <Wrapped data-testid="wrapped" />
      </>,
    );
    expect(screen.getByTestId('section').tagName).toBe('SECTION');
    expect(screen.getByTestId('default').tagName).toBe('DIV');
    expect(screen.getByTestId('extended').tagName).toBe('SECTION');
    expect(screen.getByTestId('extended').className).toBe(`${Box.styledComponentId} ${Extended.styledComponentId}`);
    const wrapped = screen.getByTestId('wrapped');
    expect(wrapped).toHaveAttribute('data-plain');
    expect(wrapped.className).toBe(Wrapped.styledComponentId);
  });

  it('collects its rules, keyframes and component selectors once per server render', () => {
    const { html, css: styles } = serverRender(
      <Row>
        <Label>a</Label>
        <Box>b</Box>
        <Box>c</Box>
        <Extended>d</Extended>
      </Row>,
    );
    expect(html).toContain(`class="${Box.styledComponentId}"`);
    expect(html).toContain(`class="${Box.styledComponentId} ${Extended.styledComponentId}"`);
    expect(styles.match(/var\(--polku-test-text\)/g)).toHaveLength(1);
    expect(styles).toContain(`.${Box.styledComponentId}:focus-visible{outline:2px solid var(--polku-test-ring);}`);
    expect(styles).toContain(`@keyframes ${pulse.getName()}`);
    expect(styles).toContain(`.${Row.styledComponentId} .${Label.styledComponentId}{color:var(--polku-test-label);}`);
    // the extension is registered later, so it wins over its base at equal specificity
    expect(styles.indexOf('--polku-test-extended')).toBeGreaterThan(styles.indexOf('--polku-test-text'));
    // a second request gets its own copy
    expect(serverRender(<Box />).css).toContain('--polku-test-text');
  });

  it('rejects a function interpolation, naming the element', () => {
    const dynamic = (() => 'red') as unknown as StaticInterpolation;
    expect(() => styled.div`color: ${dynamic};`).toThrow('styled(div): only static interpolations are allowed');
  });
});
