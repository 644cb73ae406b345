/**
 * Sentence alignment: features, scoring, the parallel (monotonic) aligner, the comparable matcher
 * for reordered reports, clustering across documents, bilingual lexicons and the output formats
 * that belong to alignment (ladder, TMX). Depends on {@code text} and {@code names}.
 */
package dev.parallax.align;
