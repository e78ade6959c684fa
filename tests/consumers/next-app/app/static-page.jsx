// The markup of the two static routes, rendered on the server with whichever Polku entry the route hands in:
// `@polku/react/server` (server components, app/server-components) or `@polku/react` (client components,
// app/client-components, the comparison the smoke test measures against).
const themes = ['light', 'dark', 'high-contrast'];

export function StaticPage({ ui, theme }) {
  const { Badge, Box, Card, Heading, Inline, Link, Stack, Text, VisuallyHidden } = ui;
  return (
    <div data-polku-theme={themes.includes(theme) ? theme : 'light'}>
      <main>
        <Stack gap={4}>
          <Heading level={1} data-testid="heading">
            Asiakaspalvelu
          </Heading>
          <Text data-testid="text">Vastaamme viestiisi kahden arkipäivän kuluessa.</Text>
          <Inline gap={2}>
            <Badge tone="success" data-testid="badge">
              Avoinna
            </Badge>
            <Badge tone="warning">Ruuhkaa</Badge>
          </Inline>
          <Card heading="Lainahakemus" headingLevel={2} data-testid="card">
            <Text>Hakemuksesi on käsittelyssä.</Text>
          </Card>
          <Box padding={4} background="subtle" border="default" radius="m">
            <Link href="https://www.suomi.fi/" external data-testid="external-link">
              Suomi.fi
            </Link>
          </Box>
          <VisuallyHidden>Sivu on palvelinkomponentti.</VisuallyHidden>
        </Stack>
      </main>
    </div>
  );
}
