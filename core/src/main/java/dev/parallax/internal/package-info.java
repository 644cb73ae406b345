/** Shared plumbing with no compatibility promise: do not use from outside Parallax. */
package dev.parallax.internal;
