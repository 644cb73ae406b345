/**
 * Names of people and places: dictionary loading and validation, transliteration schemes,
 * name-part equivalences, inflection, the matcher that resolves one name, the finder of mentions
 * in running text, and in-document coreference. Depends on {@code text} only.
 */
package dev.parallax.names;
