import type { AstroIntegration } from 'astro';
import { NO_ORIGIN_WARNING, type SiteLocation } from '../src/lib/site-url';

/**
 * Says where the build thinks the site lives, before it starts: the origin and the variable it
 * came from, or one warning that there is none (src/lib/site-url.ts). REQUIRE_SITE_URL=1 (set by
 * the deploy workflow) turns that warning into an error, so a deploy never ships without it.
 */
export function siteCheck(location: SiteLocation): AstroIntegration {
  return {
    name: 'course-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (location.origin) {
          logger.info(`site: ${location.origin}${location.base} (from ${location.from})`);
          return;
        }
        if (process.env.REQUIRE_SITE_URL === '1') {
          throw new Error(`REQUIRE_SITE_URL=1 but no address is known. ${NO_ORIGIN_WARNING}`);
        }
        logger.warn(NO_ORIGIN_WARNING);
      },
    },
  };
}
