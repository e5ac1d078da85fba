/**
 * Must be evaluated before any zod object schema is created on a page (it is the first import of
 * state/index.ts and state/schemas.ts). Zod 4 compiles object parsers with `new Function` and, to
 * find out whether that is allowed, probes `new Function('')` when the first object schema is
 * built. Under the site's CSP (no 'unsafe-eval') the probe is caught but still reported as a
 * `securitypolicyviolation`, which the e2e suite counts. `jitless` skips both the probe and the JIT.
 * NOTE: the domain creates schemas at import time too; a page whose first zod import is the domain
 * needs the same setting there first (see the report on issue #4).
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
