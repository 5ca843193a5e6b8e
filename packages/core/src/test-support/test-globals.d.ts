/** Tests run on Node and may use its globals (timers, structuredClone); shipped core code may not,
 * so this reference lives in test-support, which the build excludes. */
/// <reference types="node" />
