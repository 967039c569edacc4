/**
 * The CDK Terrain release `npm run cdktn:check` builds the app against. constructs is pinned
 * inside cdktn's peer range (>=10.6.0 <10.8.0), which the app's 10.8.1 is outside of.
 */
export const CDKTN_PACKAGES = { cdktn: "0.24.0", "cdktn-cli": "0.24.0", constructs: "10.7.0" } as const;

/** cdktn-cli 0.24.0's engines field: its bundled HTTP client needs Node.js APIs that 20 lacks. */
export const CDKTN_MIN_NODE = "22.19.0";
