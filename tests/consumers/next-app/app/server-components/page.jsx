// A server component page with no "use client" anywhere on its path: Polku's static components from
// `@polku/react/server`, set up as its README says (locale per request, theme on a painted element). The smoke test
// opens it with scripts off (styles must be in the first HTML) and checks that no Polku code reaches the browser.
import * as polkuServer from '@polku/react/server';
import { StaticPage } from '../static-page.jsx';

export const dynamic = 'force-dynamic';

export default async function ServerComponentsPage({ searchParams }) {
  polkuServer.setPolkuServerLocale('fi');
  const { theme } = await searchParams;
  return <StaticPage ui={polkuServer} theme={theme} />;
}
