/**
 * cdktf 0.21 (archived; no release will change it) tells an output's value apart with
 * `util.isArray`, which Node.js 22 and later deprecate at run time (DEP0044): every synth
 * with an output would print a DeprecationWarning, and `cdktf synth` shows it as an
 * [ERROR] line. Node names `Array.isArray` as the replacement, and `util.isArray` has always
 * been exactly that check, so the old name is pointed at it before any stack is built.
 */
import util from "node:util";

(util as { isArray: (value: unknown) => value is unknown[] }).isArray = Array.isArray;
