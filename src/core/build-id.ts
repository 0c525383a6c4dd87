/**
 * A fingerprint of this build of hld: its code and the data shipped with it,
 * set by scripts/build.mjs; 'source' when run from src/ (the tests). What hld
 * keeps from one run for the next (a judged report, a parsed session) is
 * keyed by it, so an upgrade never reuses what an older build worked out.
 */
export const BUILD_ID = process.env['HLD_BUILD_ID'] ?? 'source';
