import { defineConfig } from 'vitest/config';

const integration = (name: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['src/server/**/*.test.ts'],
    // Files named *.pglite.test.ts test what only exists for the embedded database (the data-dir lock).
    // Document conversion tests (*.pdf.test.ts) need no database: they run once, in 'unit'.
    exclude: [
      ...(name === 'postgres' ? ['**/*.pglite.test.ts'] : []),
      'src/server/documents/**/*.pdf.test.ts',
      // Document rendering tests (*.docx.test.ts) are pure too.
      'src/server/documents/**/*.docx.test.ts',
      '**/node_modules/**',
    ],
    env: { TEST_DB: name },
    globalSetup: ['src/server/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/domain/**/*.test.ts',
            'src/web/**/*.test.{ts,tsx}',
            'src/server/documents/**/*.pdf.test.ts',
            'src/server/documents/**/*.docx.test.ts',
          ],
        },
      },
      integration('pglite'),
      integration('postgres'),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
