// The understanding stage's own tests, as `npm run mutate` runs them against each mutant: the corpus
// evaluation is left out (it scores thousands of messages, minutes per mutant, and measures rather than tests).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/understanding/**/*.test.ts'],
    exclude: ['test/understanding/eval.test.ts', '**/node_modules/**', '**/.stryker-tmp/**'],
    testTimeout: 20000,
  },
});
