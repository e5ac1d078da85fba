// Zod's CSP-safe setting now lives with the one zod import, in src/domain/zod.ts.
// This module only remains so older imports keep working; new code imports nothing for it.
import '../domain/zod';
