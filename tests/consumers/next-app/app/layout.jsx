import '@polku/tokens/css';
import { StyledComponentsRegistry } from './registry.jsx';

export const metadata = { title: 'Polku + Next.js App Router' };

export default function RootLayout({ children }) {
  return (
    <html lang="fi">
      <body>
        <StyledComponentsRegistry>{children}</StyledComponentsRegistry>
      </body>
    </html>
  );
}
