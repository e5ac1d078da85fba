/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit (domain, state) tests run in node; component tests opt into happy-dom with a
// `// @vitest-environment happy-dom` comment at the top of the file.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/migrations.ts'],
    pool: 'threads',
    testTimeout: 20_000,
  },
});
