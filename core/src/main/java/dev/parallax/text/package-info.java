/**
 * The text model: {@link dev.parallax.text.Document} (the original text, strictly decoded),
 * {@link dev.parallax.text.Span} (UTF-16 ranges into it), cleaning of scraped news pages, language
 * identification, sentence segmentation and tokenisation. Knows nothing about names or alignment.
 */
package dev.parallax.text;
