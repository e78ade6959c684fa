// The same page with the client entry: a server component page whose Polku components are client references, so
// their JavaScript ships. The smoke test reports both routes' JavaScript and HTML bytes (ADR 0011).
import * as polku from '@polku/react';
import { StaticPage } from '../static-page.jsx';

export const dynamic = 'force-dynamic';

export default async function ClientComponentsPage({ searchParams }) {
  const { theme } = await searchParams;
  return (
    <polku.PolkuProvider locale="fi">
      <StaticPage ui={polku} theme={theme} />
    </polku.PolkuProvider>
  );
}
