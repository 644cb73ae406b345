/**
 * The cross-outlet report as a value (what the JSON output shows), and its Markdown and HTML
 * renderers. Depends on every other package; nothing depends on it.
 */
package dev.parallax.report;
