/** @type {import('next').NextConfig} */
const nextConfig = {
  // Polku ships compiled ESM/CJS; no transpilePackages or styled-components compiler option is needed for it.
  poweredByHeader: false,
};

export default nextConfig;
