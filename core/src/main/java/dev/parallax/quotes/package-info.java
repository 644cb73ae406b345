/**
 * Quotations: extraction of quoted and dash-introduced speech, attribution to speakers, and
 * alignment of the same statement across outlets. Depends on {@code text}, {@code names} and the
 * similarity parts of {@code align}.
 */
package dev.parallax.quotes;
