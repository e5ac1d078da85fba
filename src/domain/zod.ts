/**
 * The one zod import of the code that runs in the browser (domain and state). Zod 4 compiles
 * object parsers with `new Function`, and the first time an object schema is built it probes
 * whether that is allowed. Under the site's Content-Security-Policy (no 'unsafe-eval') the probe
 * fails quietly but is still reported as a CSP violation. `jitless` turns both the probe and the
 * compiler off. Because every schema module imports `z` from here, this runs before any schema
 * exists, whatever a page happens to import first.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
