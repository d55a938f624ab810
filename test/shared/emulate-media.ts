import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/**
 * Emulates `media` for one test, or skips the test where the engine cannot: Firefox driven over
 * WebDriver BiDi has no media emulation yet. Returns the function that goes back to the screen.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Media): Promise<() => Promise<void>> {
  try {
    await emulateMedia(media);
  } catch {
    test.skip();
  }
  return () => emulateMedia({ media: 'screen', colorScheme: 'light' });
}

/** Emulates forced colors (Windows High Contrast) for one test, or skips it where the engine cannot. */
export async function forcedColorsOrSkip(test: Mocha.Context): Promise<() => Promise<void>> {
  if (!(await executeServerCommand('emulate-forced-colors', { active: true }))) test.skip();
  return async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
  };
}
