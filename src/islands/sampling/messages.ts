/** The pack keys the sampling playground's custom element gets at run time (JSON in data-strings). */
import type { StringKey } from '../../i18n/strings';

export const samplingClientKeys = [
  'sampling.drew',
  'sampling.drewMany',
  'sampling.others',
  'sampling.cut',
  'sampling.stats',
  'sampling.off',
  'sampling.loading',
  'sampling.failed',
  'sampling.step',
  'sampling.stepNoContext',
  'sampling.ended',
  'sampling.limit',
  'sampling.chartStep',
  'sampling.seedUsed',
  'sampling.sep',
  'sampling.settingsNow',
  'sampling.toyModel',
  'sampling.endToken',
] as const satisfies readonly StringKey[];

export type SamplingText = Record<(typeof samplingClientKeys)[number], string>;
