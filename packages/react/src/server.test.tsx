// The `@polku/react/server` entry as the package build makes it: the same components with the server variants of the
// styled runtime and of the locale context (tsup.config.ts swaps them in; here vi.mock does the same swap). Rendered
// to a whole HTML document, as a server-component framework streams it: the CSS must be in <head>, once per
// template, and match every class the elements carry. The per-request locale (React's `cache`, which only caches in
// the react-server build) is proven in the Next.js consumer app's server-components route, not here.
import { renderToReadableStream } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '@polku/test-utils';

vi.mock('./internal/static-styled', () => import('./internal/static-styled.server'));
vi.mock('./PolkuProvider/context', () => import('./PolkuProvider/context.server'));

const server = await import('./server');
const { Badge, Card, Heading, Link, Stack, Text, VisuallyHidden, setPolkuServerLocale } = server;

async function renderDocument(body: React.ReactNode): Promise<Document> {
  const stream = await renderToReadableStream(
    <html lang="fi">
      <head />
      <body>{body}</body>
    </html>,
  );
  await stream.allReady;
  const html = await new Response(stream).text();
  return new DOMParser().parseFromString(html, 'text/html');
}

function Page({ locale }: { locale: string }) {
  setPolkuServerLocale(locale);
  return (
    <main>
      <Stack gap={4}>
        <Heading level={1}>Asiakaspalvelu</Heading>
        <Text>Vastaamme kahden arkipäivän kuluessa.</Text>
        <Text>Toinen kappale samalla tyylillä.</Text>
        <Badge tone="success">Avoinna</Badge>
        <Card heading="Lainahakemus" headingLevel={2}>
          <Text>Käsittelyssä.</Text>
        </Card>
        <Link href="https://www.suomi.fi/" external>
          Suomi.fi
        </Link>
        <VisuallyHidden>Palvelinkomponentti.</VisuallyHidden>
      </Stack>
    </main>
  );
}

describe('@polku/react/server', () => {
  it('puts each template’s CSS in <head> once, covering every class the elements carry', async () => {
    const doc = await renderDocument(<Page locale="fi" />);
    const styles = [...doc.head.querySelectorAll('style[data-precedence="polku"]')];
    const hrefs = styles.map((style) => style.getAttribute('data-href'));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(doc.body.querySelectorAll('style')).toHaveLength(0);
    const css = styles.map((style) => style.textContent).join('\n');
    const classes = new Set([...doc.body.querySelectorAll('[class]')].flatMap((el) => [...el.classList]));
    expect(classes.size).toBeGreaterThan(5);
    for (const name of classes) expect(css, `rules for .${name}`).toContain(`.${name}`);
    expect(css).toContain('var(--polku-color-text-default)');
    // both paragraphs share one class and one style element
    const paragraphClasses = new Set([...doc.body.querySelectorAll('main > div > p')].map((p) => p.className));
    expect(paragraphClasses.size).toBe(1);
  });

  it('renders an accessible page', async () => {
    const doc = await renderDocument(<Page locale="fi" />);
    document.body.innerHTML = doc.body.innerHTML;
    await expectNoAxeViolations(document.body);
    document.body.innerHTML = '';
  });

  it('rejects a function interpolation with a message naming the template', async () => {
    const { styled } = await import('./internal/static-styled.server');
    const dynamic = (() => 'red') as unknown as string;
    expect(() => styled.div`color: ${dynamic};`).toThrow(/styled\(div\): only static/);
  });
});
